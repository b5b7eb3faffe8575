import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  launchChromium,
  listStories,
  openStory,
  type StaticServer,
  serveStatic,
  storybookDir,
} from './harness';

// Every story of the static Storybook build, in Swedish and in English: it must render without a
// page error or a React error in the console, and axe must find no WCAG 2.2 AA violation.
// New stories are picked up from index.json; nothing here needs editing.
const stories = listStories();
let browser: Browser;
let context: BrowserContext;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(storybookDir);
  browser = await launchChromium();
  context = await browser.newContext();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('every story', () => {
  it('exists (the build holds stories to check)', () => {
    expect(stories.length).toBeGreaterThan(0);
  });

  for (const story of stories) {
    for (const locale of ['sv', 'en'] as const) {
      it(`${story.title} › ${story.name} [${locale}] renders cleanly and passes axe`, async () => {
        const page = await context.newPage();
        try {
          const { errors } = await openStory(page, server.url, story.id, { locale });
          expect(errors).toEqual([]);
          expect(await page.locator('#storybook-root [lang]').first().getAttribute('lang')).toBe(locale);
          expect(await axeViolations(page)).toEqual([]);
        } finally {
          await page.close();
        }
      });
    }
  }
});

import { describe, expect, it } from 'vitest';
import { axeViolations, listStories, openBrowserSession, openStory } from './harness';

// Every story of the static Storybook build, in Swedish and in English (light theme), and once more in
// the dark theme: it must render without a page error or a React error in the console, and axe must
// find no WCAG 2.2 AA violation (colour contrast included).
// New stories are picked up from index.json; nothing here needs editing.
const stories = listStories();
const session = openBrowserSession();

describe('every story', () => {
  it('exists (the build holds stories to check)', () => {
    expect(stories.length).toBeGreaterThan(0);
  });

  for (const story of stories) {
    const runs = [
      { locale: 'sv', theme: 'light' },
      { locale: 'en', theme: 'light' },
      { locale: 'sv', theme: 'dark' },
    ] as const;
    for (const { locale, theme } of runs) {
      it(`${story.title} › ${story.name} [${locale}, ${theme}] renders cleanly and passes axe`, async () => {
        const page = await session.context.newPage();
        try {
          const { errors } = await openStory(page, session.url, story.id, { locale, theme });
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

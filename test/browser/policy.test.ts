import { getPrivacyPolicy, getSubprocessors, privacyResources } from '@loggamera/privacy-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, openBrowserSession, openStory } from './harness';

// The privacy policy page and the data-subject request form in real Chromium, over the static Storybook.
const session = openBrowserSession();

async function withStory(
  id: string,
  locale: 'sv' | 'en',
  use: (page: Page) => Promise<void>,
  theme: 'light' | 'dark' = 'light',
): Promise<void> {
  const page = await session.context.newPage();
  try {
    const { errors } = await openStory(page, session.url, id, { locale, theme });
    expect(errors).toEqual([]);
    await use(page);
  } finally {
    await page.close();
  }
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName.toLowerCase(), type: el?.getAttribute('type'), text: el?.textContent?.trim() ?? '' };
  });

describe('the privacy policy page', () => {
  for (const locale of ['sv', 'en'] as const) {
    it(`shows every section of the policy in ${locale}, reachable by its anchor, and passes axe`, async () => {
      await withStory('policy-privacypolicy--default', locale, async (page) => {
        const policy = getPrivacyPolicy(locale);
        await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(policy.title);
        for (const section of policy.sections) {
          const heading = page.locator(`h2#${section.id}`);
          expect(await heading.textContent(), section.id).toBe(section.heading);
          const tocLink = page.getByRole('navigation').getByRole('link', { name: section.heading, exact: true });
          expect(await tocLink.getAttribute('href')).toBe(`#${section.id}`);
        }
        const rows = page.getByRole('table').locator('tbody tr');
        expect(await rows.count()).toBe(getSubprocessors(locale).length);
        expect(await axeViolations(page)).toEqual([]);
      });
    });
  }

  it('jumps to a section when its link in the contents is followed', async () => {
    await withStory('policy-privacypolicy--default', 'en', async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: 'Cookies', exact: true }).click();
      expect(await page.evaluate(() => window.location.hash)).toBe('#cookies');
      const top = await page.locator('h2#cookies').evaluate((el) => el.getBoundingClientRect().top);
      expect(top).toBeLessThan(100);
    });
  });

  it('prints without the contents and the print button', async () => {
    await withStory('policy-privacypolicy--default', 'sv', async (page) => {
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('navigation').isVisible()).toBe(false);
      expect(await page.locator('.lgm-policy-print').isVisible()).toBe(false);
      expect(await page.getByRole('table').isVisible()).toBe(true);
    });
  });
});

describe('a data request made with the keyboard only', () => {
  for (const locale of ['sv', 'en'] as const) {
    it(`can be chosen, filled in, corrected after an error and sent in ${locale}`, async () => {
      const texts = privacyResources[locale].requests;
      await withStory('policy-datarequestform--empty', locale, async (page) => {
        // Tab into the kind choice, arrow to "correction", Tab to its field.
        await page.keyboard.press('Tab');
        expect(await focused(page)).toMatchObject({ tag: 'input', type: 'radio' });
        await page.keyboard.press('ArrowDown');
        expect(await page.getByRole('radio', { name: texts.kinds.correction }).isChecked()).toBe(true);
        await page.keyboard.press('Tab');
        expect(await focused(page)).toMatchObject({ tag: 'textarea' });

        // Sending it empty: the error is shown and focus goes back to the field.
        await page.keyboard.press('Tab');
        expect(await focused(page)).toMatchObject({ tag: 'button', text: texts.submit });
        await page.keyboard.press('Enter');
        await page.getByText(texts.errors.correctionRequired).waitFor();
        expect(await focused(page)).toMatchObject({ tag: 'textarea' });
        expect(await axeViolations(page)).toEqual([]);

        await page.keyboard.type('070-123 45 67');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        const confirmation = page.getByRole('heading', { name: texts.submitted.heading });
        await confirmation.waitFor();
        expect(await focused(page)).toMatchObject({ text: texts.submitted.heading });
        expect(await axeViolations(page)).toEqual([]);
      });
    });
  }
});

describe('the policy components in the dark theme', () => {
  const stories = [
    'policy-privacypolicy--with-editorial-notes',
    'policy-policyupdatenotice--older-version',
    'policy-retentionnotice--deregistered',
    'policy-datarequestform--validation-errors',
    'policy-datarequestform--failed',
  ];
  for (const id of stories) {
    it(`${id} passes axe (contrast included)`, async () => {
      await withStory(id, 'en', async (page) => expect(await axeViolations(page)).toEqual([]), 'dark');
    });
  }
});

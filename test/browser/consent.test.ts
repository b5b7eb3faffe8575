import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, openBrowserSession, openStory } from './harness';

// The consent flows in real Chromium over the static Storybook: a real cookie, a reload, a raised
// policy version, keyboard only, a second tab, reduced motion and no layout shift, and axe.
const storyId = 'consent-cookienotice--on-a-page-with-cookie';
const cookieName = 'lgm_consent_story';
const session = openBrowserSession();

// The cookie-notice story, with story args in the URL (the policy version a host runs).
async function open(page: Page, locale: 'sv' | 'en', args = '', theme: 'light' | 'dark' = 'light'): Promise<void> {
  await openStory(page, session.url, storyId, { locale, theme, args });
}

async function storedRecord(context: BrowserContext) {
  const cookie = (await context.cookies()).find((c) => c.name === cookieName);
  return cookie ? { cookie, record: JSON.parse(decodeURIComponent(cookie.value)) } : null;
}

async function withContext(run: (context: BrowserContext, page: Page) => Promise<void>, reducedMotion?: 'reduce') {
  const context = await session.browser.newContext(reducedMotion ? { reducedMotion } : {});
  const page = await context.newPage();
  try {
    await run(context, page);
  } finally {
    await context.close();
  }
}

describe('cookie notice in Chromium', () => {
  it('reject all → a first-party cookie with every optional purpose off → reload → no notice', async () => {
    await withContext(async (context, page) => {
      await open(page, 'sv');
      const notice = page.getByRole('dialog', { name: 'Cookies och ditt samtycke' });
      await expect(notice.isVisible()).resolves.toBe(true);
      await notice.getByRole('button', { name: 'Avvisa alla' }).click();
      await expect(notice.count()).resolves.toBe(0);

      const stored = await storedRecord(context);
      expect(stored?.record.purposes).toEqual({ analytics: false, marketing: false });
      expect(stored?.record.source).toBe('notice');
      expect(stored?.cookie.sameSite).toBe('Lax');
      expect(stored?.cookie.path).toBe('/');
      // No personal data: only these fields, and nothing that looks like an e-mail or IP address.
      expect(Object.keys(stored?.record ?? {}).sort()).toEqual(
        [
          'communication',
          'format',
          'givenAt',
          'id',
          'locale',
          'policyVersion',
          'purposes',
          'source',
          'updatedAt',
        ].sort(),
      );
      expect(stored?.cookie.value).not.toMatch(/@|%40|\d+\.\d+\.\d+\.\d+/);

      await page.reload();
      await open(page, 'sv');
      await expect(page.getByRole('dialog').count()).resolves.toBe(0);
      await expect(page.getByRole('button', { name: 'Cookieinställningar' }).isVisible()).resolves.toBe(true);
    });
  });

  it('comes back when the host raises the policy version, and says why', async () => {
    await withContext(async (_context, page) => {
      await open(page, 'en');
      await page.getByRole('button', { name: 'Accept all' }).click();
      await open(page, 'en');
      await expect(page.getByRole('dialog').count()).resolves.toBe(0);
      await open(page, 'en', 'policyVersion:2026-01-01');
      const notice = page.getByRole('dialog', { name: 'Cookies and your consent' });
      await expect(notice.isVisible()).resolves.toBe(true);
      await expect(notice.textContent()).resolves.toContain('Our privacy policy has changed');
    });
  });

  it('works with the keyboard only: settings, a choice, save, then reopen and Escape', async () => {
    await withContext(async (context, page) => {
      await open(page, 'sv');
      const notice = page.getByRole('dialog');
      // Tab until the settings button has focus; every stop on the way is inside the notice or the page.
      for (let i = 0; i < 10; i += 1) {
        await page.keyboard.press('Tab');
        const name = await page.evaluate(() => document.activeElement?.textContent ?? '');
        if (name === 'Inställningar') break;
      }
      await page.keyboard.press('Enter');
      const analytics = notice.getByRole('checkbox', { name: 'Statistik' });
      await expect(analytics.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      await page.keyboard.press('Space');
      const save = notice.getByRole('button', { name: 'Spara mina val' });
      await save.focus();
      await page.keyboard.press('Enter');
      await expect(notice.count()).resolves.toBe(0);
      expect((await storedRecord(context))?.record.purposes).toEqual({ analytics: true, marketing: false });

      // Focus went to the reopen control; Enter reopens with focus inside; Escape closes and returns it.
      const reopen = page.getByRole('button', { name: 'Cookieinställningar' });
      await expect(reopen.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      await page.keyboard.press('Enter');
      await expect(notice.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      await page.keyboard.press('Escape');
      await expect(notice.count()).resolves.toBe(0);
      await expect(reopen.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    });
  });

  it('a decision in one tab shows up in another', async () => {
    await withContext(async (context, page) => {
      await open(page, 'sv');
      const other = await context.newPage();
      await open(other, 'sv');
      await expect(other.getByRole('dialog').isVisible()).resolves.toBe(true);
      await page.getByRole('button', { name: 'Godkänn alla' }).click();
      await other.getByRole('dialog').waitFor({ state: 'detached', timeout: 5_000 });
    });
  });

  it('overlays the page without moving it, and animates only without reduced motion', async () => {
    await withContext(async (_context, page) => {
      await open(page, 'sv');
      const hostTop = () => page.locator('main').evaluate((el) => el.getBoundingClientRect().top);
      const withNotice = await hostTop();
      await expect(page.getByRole('dialog').evaluate((el) => getComputedStyle(el).animationName)).resolves.toBe(
        'lgm-cookie-notice-in',
      );
      await page.getByRole('button', { name: 'Avvisa alla' }).click();
      expect(await hostTop()).toBe(withNotice);
    });
    await withContext(async (_context, page) => {
      await open(page, 'sv');
      await expect(page.getByRole('dialog').evaluate((el) => getComputedStyle(el).animationName)).resolves.toBe('none');
    }, 'reduce');
  });

  it('gives accept all, reject all and settings the same element, size and style', async () => {
    await withContext(async (_context, page) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await open(page, 'sv');
      const looks = await page
        .getByRole('dialog')
        .getByRole('button', { name: /^(Godkänn alla|Avvisa alla|Inställningar)$/ })
        .evaluateAll((buttons) =>
          buttons.map((button) => {
            const style = getComputedStyle(button);
            const { width, height } = button.getBoundingClientRect();
            return [
              button.tagName,
              Math.round(width),
              Math.round(height),
              style.color,
              style.backgroundColor,
              style.fontSize,
              style.fontWeight,
              style.borderStyle,
            ].join(' ');
          }),
        );
      expect(looks).toHaveLength(3);
      expect(new Set(looks).size).toBe(1);
    });
  });

  for (const [locale, theme] of [
    ['sv', 'light'],
    ['en', 'light'],
    ['sv', 'dark'],
  ] as const) {
    it(`passes axe with both layers open [${locale}, ${theme}]`, async () => {
      await withContext(async (_context, page) => {
        await open(page, locale, '', theme);
        expect(await axeViolations(page)).toEqual([]);
        await page
          .getByRole('dialog')
          .getByRole('button', { name: locale === 'sv' ? 'Inställningar' : 'Settings', exact: true })
          .click();
        expect(await axeViolations(page)).toEqual([]);
      });
    });
  }

  // stories.test.ts checks every story in the light theme; the consent states with their own colours, in dark.
  for (const id of [
    'consent-cookienotice--policy-changed',
    'consent-consentsettings--saved-choices',
    'consent-consentsettings--older-policy-version',
    'consent-consentsettings--save-error',
  ]) {
    it(`passes axe in the dark theme: ${id}`, async () => {
      await withContext(async (_context, page) => {
        const { errors } = await openStory(page, session.url, id, { locale: 'sv', theme: 'dark' });
        expect(errors).toEqual([]);
        expect(await axeViolations(page)).toEqual([]);
      });
    });
  }
});

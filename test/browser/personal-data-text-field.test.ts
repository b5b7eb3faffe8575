import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations, openBrowserSession, openStory } from './harness';

// The free-text field in real Chromium, over the static Storybook: typing, the warning tied to the
// field, the remove action (with the browser's undo), the polite announcement, block mode, axe.
const session = openBrowserSession();
let page: Page;

beforeEach(async () => {
  page = await session.context.newPage();
});

afterEach(async () => {
  await page.close();
});

const story = (name: string) => `detection-personaldatatextfield--${name}`;

describe('PersonalDataTextField in Chromium', () => {
  it('warns while typing, names the finding in the field’s description, and announces after a pause', async () => {
    const { errors } = await openStory(page, session.url, story('empty'), { locale: 'sv' });
    expect(errors).toEqual([]);
    const field = page.getByRole('textbox', { name: 'Beskrivning av anläggningen' });
    await field.pressSequentially('Pannrum i källaren. Ring 070-123 45 67', { delay: 20 });
    await expect.poll(() => page.getByText('Ser ut som ett telefonnummer: 070-…').count()).toBe(1);
    const description = await field.evaluate((el) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    expect(description).toContain('Skriv inga uppgifter som kan knytas till en levande person');
    expect(description).toContain('Ser ut som ett telefonnummer: 070-…');
    const status = page.getByRole('status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    await expect
      .poll(() => status.textContent(), { timeout: 5000 })
      .toBe('Möjliga personuppgifter i fältet: telefonnummer.');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the remove action takes the number out, keeps focus in the field, and Ctrl+Z brings it back', async () => {
    await openStory(page, session.url, story('with-phone-number'), { locale: 'sv' });
    const field = page.getByRole('textbox', { name: 'Larminstruktion' });
    const original = await field.inputValue();
    await page.getByRole('button', { name: 'Ta bort telefonnummer 070-…' }).click();
    expect(await field.inputValue()).toBe(
      'Vid vattenlarm: stäng huvudkranen i pannrummet och ring fastighetsskötaren på.',
    );
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.getByRole('button', { name: /Ta bort/ }).count()).toBe(0);
    await page.keyboard.press('Control+z');
    expect(await field.inputValue()).toBe(original);
    await expect.poll(() => page.getByRole('button', { name: 'Ta bort telefonnummer 070-…' }).count()).toBe(1);
  });

  it('block mode makes the field invalid until every finding is removed', async () => {
    await openStory(page, session.url, story('block-mode-with-error'), { locale: 'en' });
    const field = page.getByRole('textbox', { name: 'Larminstruktion' });
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.evaluate((el: HTMLTextAreaElement) => el.validity.valid)).toBe(false);
    expect(await page.getByText('This field must not hold personal data. Remove it to be able to save.').count()).toBe(
      1,
    );
    expect(await axeViolations(page)).toEqual([]);
    for (let i = 0; i < 5 && (await page.getByRole('button', { name: /^Remove/ }).count()) > 0; i += 1) {
      await page
        .getByRole('button', { name: /^Remove/ })
        .first()
        .click();
    }
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe(null);
    expect(await field.evaluate((el: HTMLTextAreaElement) => el.validity.valid)).toBe(true);
  });
});

import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations, openBrowserSession, openStory } from './harness';

// The React BookingForm in real Chromium, over the static Storybook: focus follows the steps, and
// the dark theme passes axe too (stories.test.ts checks the light one).
const session = openBrowserSession();
let page: Page;

beforeEach(async () => {
  page = await session.context.newPage();
});

afterEach(async () => {
  await page.close();
});

const story = (name: string) => `booking-bookingform--${name}`;
const focusedName = () =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el?.getAttribute('name') ?? el?.textContent ?? '';
  });

describe('BookingForm in Chromium', () => {
  it('moves focus to the first field with an error, then to the review, then to the confirmation', async () => {
    const { errors } = await openStory(page, session.url, story('empty'), { locale: 'en' });
    expect(errors).toEqual([]);
    await page.getByRole('textbox', { name: 'Name' }).fill('Anna Svensson');
    await page.getByRole('button', { name: 'Review the booking' }).click();
    await expect.poll(focusedName).toBe('email');

    await page.getByRole('textbox', { name: 'E-mail address' }).fill('anna@example.se');
    await page.getByRole('textbox', { name: 'Phone number' }).fill('+47 412 34 567');
    await page.getByRole('textbox', { name: 'Street address' }).fill('Storgatan 12');
    await page.getByRole('textbox', { name: 'Postcode' }).fill('753 20');
    await page.getByRole('textbox', { name: 'Town' }).fill('Uppsala');
    await page.getByRole('checkbox', { name: 'Pumpövervakning' }).check();
    await page.keyboard.press('Enter');
    await expect.poll(focusedName).toBe('Review and confirm');
    expect(await page.getByText('The installation is done by Rörmokar-Pelles AB.').isVisible()).toBe(true);
    expect(await page.getByText('+4741234567').first().isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Confirm the booking' }).click();
    await expect.poll(focusedName).toBe('Thank you! The booking has been sent.');
  });

  for (const name of ['empty', 'validation-errors', 'review-online-payment-and-mailings', 'submit-failed', 'done']) {
    it(`passes axe in the dark theme: ${name}`, async () => {
      const { errors } = await openStory(page, session.url, story(name), { locale: 'sv', theme: 'dark' });
      expect(errors).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

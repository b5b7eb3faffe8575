import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs helper shared with test/partner-demo/serve.mjs
import { partnerDemoCsp, preparePartnerDemo } from '../partner-demo/prepare.mjs';
import { launchChromium, type StaticServer, serveStatic, wcagTags } from './harness';

// The embed on a partner's page (test/partner-demo): Bulma plus hostile global rules, served with a
// strict Content-Security-Policy. Needs packages/embed/dist (`pnpm build`; the test script builds first).
let browser: Browser;
let context: BrowserContext;
let server: StaticServer;
let page: Page;
let violations: string[];
let bookings: unknown[];

beforeAll(async () => {
  server = await serveStatic(preparePartnerDemo() as string, { 'content-security-policy': partnerDemoCsp as string });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  context = await browser.newContext();
  page = await context.newPage();
  violations = [];
  bookings = [];
  // Reports of the page's CSP, both as events in the page and as console errors.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const holder = window as unknown as { __cspViolations?: string[] };
      holder.__cspViolations ??= [];
      holder.__cspViolations.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  page.on('pageerror', (error) => violations.push(`page error: ${error.message}`));
  // The partner's booking endpoint.
  await page.route('**/api/bookings', async (route) => {
    bookings.push(JSON.parse(route.request().postData() ?? 'null'));
    await route.fulfill({ status: 201, contentType: 'application/json', body: '{"ok":true}' });
  });
});

afterEach(async () => {
  const inPage = await page
    .evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
    .catch(() => []);
  await context.close();
  expect([...violations, ...inPage]).toEqual([]);
});

async function openDemo(path = '/') {
  await page.goto(`${server.url}${path}`);
  await page.getByRole('heading', { name: 'Boka övervakning' }).waitFor();
}

async function rejectCookies() {
  await page.getByRole('button', { name: 'Avvisa alla' }).click();
}

async function fillBooking() {
  await page.getByRole('textbox', { name: 'Namn' }).fill('Anna Svensson');
  await page.getByRole('textbox', { name: 'E-postadress' }).fill('anna@example.se');
  await page.getByRole('textbox', { name: 'Telefonnummer' }).fill('070-123 45 67');
  await page.getByRole('textbox', { name: 'Gatuadress' }).fill('Storgatan 12');
  await page.getByRole('textbox', { name: 'Postnummer' }).fill('75320');
  await page.getByRole('textbox', { name: 'Ort' }).fill('Uppsala');
  await page.getByRole('checkbox', { name: 'Läckagelarm' }).check();
}

describe('the embed on a partner page with hostile CSS and a strict CSP', () => {
  it('renders the form, and a booking goes to the endpoint after the installer has been named', async () => {
    await openDemo();
    await rejectCookies();
    await fillBooking();
    await page.getByRole('button', { name: 'Granska bokningen' }).click();
    await expect.poll(() => page.getByText('Installationen görs av Rörmokar-Pelles AB.').isVisible()).toBe(true);
    expect(bookings).toEqual([]);
    await page.getByRole('button', { name: 'Bekräfta bokningen' }).click();
    await page.getByRole('heading', { name: 'Tack! Bokningen är skickad.' }).waitFor();
    expect(bookings).toMatchObject([
      {
        installer: { name: 'Rörmokar-Pelles AB' },
        address: { postcode: '753 20' },
        contact: { phone: '+46701234567' },
      },
    ]);
    expect(await page.evaluate(() => document.documentElement.dataset.lastBooking)).toBe('Rörmokar-Pelles AB');
  });

  it('can be booked with the keyboard alone', async () => {
    await openDemo();
    await rejectCookies();
    // From the top of the page, Tab reaches the form's first field.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const nameField = page.getByRole('textbox', { name: 'Namn' });
    for (
      let i = 0;
      i < 30 && !(await nameField.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement));
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.type('Anna Svensson');
    await page.keyboard.press('Tab');
    await page.keyboard.type('anna@example.se');
    await page.keyboard.press('Tab');
    await page.keyboard.type('0701234567');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Storgatan 12');
    await page.keyboard.press('Tab');
    await page.keyboard.type('753 20');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Uppsala');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space'); // Läckagelarm
    await expect.poll(() => page.getByRole('checkbox', { name: 'Läckagelarm' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Granska bokningen' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Installationen görs av Rörmokar-Pelles AB.').waitFor();
    // Focus moved to the review's heading; Tab goes on to the policy link, back and confirm.
    for (let i = 0; i < 10; i++) {
      const name = await page.evaluate(() => {
        const host = document.querySelector('loggamera-booking-form');
        return host?.shadowRoot?.activeElement?.textContent ?? '';
      });
      if (name === 'Bekräfta bokningen') break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Tack! Bokningen är skickad.' }).waitFor();
    expect(bookings).toHaveLength(1);
  });

  it('passes axe on both steps', async () => {
    await openDemo();
    await rejectCookies();
    const axe = () => new AxeBuilder({ page }).include('loggamera-booking-form').withTags(wcagTags).analyze();
    expect((await axe()).violations.map((v) => v.id)).toEqual([]);
    await fillBooking();
    await page.getByRole('button', { name: 'Granska bokningen' }).click();
    await page.getByText('Installationen görs av Rörmokar-Pelles AB.').waitFor();
    expect((await axe()).violations.map((v) => v.id)).toEqual([]);
  });

  it('keeps its look against the page’s rules, and the page keeps its own', async () => {
    await openDemo();
    const embedded = await page.getByRole('textbox', { name: 'Namn' }).evaluate((input) => {
      const style = getComputedStyle(input);
      return { color: style.color, fontSize: style.fontSize };
    });
    expect(embedded.color).not.toBe('rgb(255, 0, 0)');
    expect(Number.parseFloat(embedded.fontSize)).toBeLessThan(24);
    expect(await page.getByRole('button', { name: 'Granska bokningen' }).isVisible()).toBe(true);

    const hostStyles = () =>
      page.evaluate(() =>
        ['body', '#host-title', '#host-subtitle', '#host-text', '#host-button', '#host-input', '#host-footer'].map(
          (selector) => {
            const style = getComputedStyle(document.querySelector(selector) as Element);
            return [selector, style.color, style.fontSize, style.fontFamily, style.display, style.backgroundColor];
          },
        ),
      );
    const withEmbed = await hostStyles();
    await page.goto(`${server.url}/plain.html`);
    expect(await page.evaluate(() => customElements.get('loggamera-booking-form'))).toBeUndefined();
    expect(await hostStyles()).toEqual(withEmbed);
  });

  it('takes the partner’s colours through --lgm-* custom properties, and a dark theme', async () => {
    await openDemo();
    const button = page.getByRole('button', { name: 'Granska bokningen' });
    const background = () => button.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background()).toBe('rgb(10, 91, 181)');
    await page.evaluate(() => document.querySelector('loggamera-booking-form')?.setAttribute('theme', 'dark'));
    expect(await background()).toBe('rgb(127, 182, 255)');
    await page.evaluate(() =>
      (document.querySelector('loggamera-booking-form') as HTMLElement).style.setProperty('--lgm-accent', '#006b3c'),
    );
    expect(await background()).toBe('rgb(0, 107, 60)');
  });

  it('adds one global at most and loads the detector only when the description is focused', async () => {
    const scripts: string[] = [];
    page.on('request', (request: Request) => scripts.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}/plain.html`);
    const plainGlobals = await page.evaluate(() => Object.keys(window));
    await openDemo();
    const globals = await page.evaluate(() => Object.keys(window));
    expect(globals.filter((key) => !plainGlobals.includes(key))).toEqual(['LoggameraPrivacy']);
    expect(scripts).not.toContain('/embed/loggamera-detector.js');

    await rejectCookies();
    const description = page.getByRole('textbox', { name: 'Beskriv anläggningen' });
    await description.focus();
    await expect.poll(() => scripts.includes('/embed/loggamera-detector.js')).toBe(true);
    await expect.poll(() => page.evaluate(() => window.LoggameraPrivacy?.isDetectorLoaded() ?? false)).toBe(true);
    await description.pressSequentially('Ring 070-987 65 43', { delay: 10 });
    await expect
      .poll(() =>
        page
          .getByText(/telefonnummer/)
          .first()
          .isVisible(),
      )
      .toBe(true);
  });

  it('works the same from the ESM build a bundler would import, loading the detector file on focus', async () => {
    const scripts: string[] = [];
    page.on('request', (request: Request) => scripts.push(new URL(request.url()).pathname));
    await openDemo('/module.html');
    await rejectCookies();
    expect(scripts).not.toContain('/embed/loggamera-detector.js');
    await page.getByRole('textbox', { name: 'Beskriv anläggningen' }).focus();
    await expect.poll(() => scripts.includes('/embed/loggamera-detector.js')).toBe(true);
    await fillBooking();
    await page.getByRole('button', { name: 'Granska bokningen' }).click();
    await page.getByRole('button', { name: 'Bekräfta bokningen' }).click();
    await page.getByRole('heading', { name: 'Tack! Bokningen är skickad.' }).waitFor();
    expect(bookings).toHaveLength(1);
  });

  it('speaks English when its lang says so, with values filled into the texts', async () => {
    await openDemo();
    await page.evaluate(() => document.querySelector('loggamera-booking-form')?.setAttribute('lang', 'en'));
    await page.getByRole('heading', { name: 'Book monitoring' }).waitFor();
    expect(await page.getByText('Step 1 of 2').isVisible()).toBe(true);
    await rejectCookies();
    await page.getByRole('button', { name: 'Review the booking' }).click();
    expect(await page.getByText('Enter your name.').isVisible()).toBe(true);
  });

  it('shows the cookie notice, remembers a rejection in a cookie, and tells the page', async () => {
    await openDemo();
    await rejectCookies();
    await expect.poll(() => page.getByRole('button', { name: 'Avvisa alla' }).count()).toBe(0);
    // The booking form comes first in the page, yet the shared store knows the notice's purposes.
    expect(await page.evaluate(() => document.documentElement.dataset.purposes)).toBe(
      '{"necessary":true,"analytics":false}',
    );
    const cookies = await context.cookies();
    expect(cookies.map((c) => c.name)).toContain('lgm_consent');
    await page.reload();
    await page.getByRole('heading', { name: 'Boka övervakning' }).waitFor();
    expect(await page.getByRole('button', { name: 'Avvisa alla' }).count()).toBe(0);
  });
});

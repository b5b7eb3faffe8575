import {
  type ConsentSettingsAdapter,
  type ConsentSettingsValues,
  type ConsentStore,
  createConsentStore,
  memoryStorage,
  parseConsentRecord,
} from '@loggamera/privacy-core';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../../test/axe';
import { ConsentProvider } from './consent-provider';
import { ConsentSettings } from './consent-settings';
import { PrivacyI18nProvider } from './i18n-provider';

function setup(store: ConsentStore, adapter?: ConsentSettingsAdapter, locale: 'sv' | 'en' = 'sv') {
  return render(
    <PrivacyI18nProvider locale={locale}>
      <ConsentProvider store={store} thirdPartyNames={{ 'newsletter-service': 'Mailchimp' }}>
        <ConsentSettings adapter={adapter} />
      </ConsentProvider>
    </PrivacyI18nProvider>,
  );
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const purposes = [{ id: 'analytics' }];

describe('ConsentSettings', () => {
  it('shows cookie categories and the communication matrix in labelled groups, all off at first', async () => {
    const { container } = setup(createConsentStore({ policyVersion: '2025-01-01', purposes }));
    expect(screen.getByRole('group', { name: 'Cookies' })).toBeInTheDocument();
    const newsletters = screen.getByRole('group', { name: 'Nyhetsbrev' });
    for (const name of ['Nyhetsbrev via E-post', 'Nyhetsbrev via SMS', 'Nyhetsbrev via Telefon']) {
      expect(within(newsletters).getByRole('checkbox', { name })).not.toBeChecked();
    }
    expect(screen.getByRole('checkbox', { name: 'Statistik' })).not.toBeChecked();
    expect(screen.getByText(/Du har inte gjort några val ännu. Integritetspolicyns version: 2025-01-01/)).toBeVisible();
    await expectNoAxeViolations(container);
    // axe over a whole form in jsdom is slow on a busy machine: a generous timeout, not a timed assertion.
  }, 20_000);

  it('names the third party each choice involves: e-mail goes to the newsletter service', () => {
    setup(createConsentStore({ policyVersion: '1' }), undefined, 'en');
    expect(screen.getByRole('checkbox', { name: 'Newsletters by E-mail' })).toHaveAccessibleDescription(
      /the newsletter service \(Mailchimp\)/,
    );
    expect(screen.getByRole('checkbox', { name: 'Newsletters by SMS' })).not.toHaveAccessibleDescription(
      /newsletter service/,
    );
  });

  it('saves the choices to the store with source "settings" and shows when and under which version', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    const store = createConsentStore({ policyVersion: '2025-01-01', storage, purposes });
    setup(store);
    await user.click(screen.getByRole('checkbox', { name: 'Statistik' }));
    await user.click(screen.getByRole('checkbox', { name: 'Statusuppdateringar via SMS' }));
    expect(screen.getByRole('status')).toHaveTextContent('Du har ändringar som inte är sparade.');
    await user.click(screen.getByRole('button', { name: 'Spara mina val' }));
    const record = parseConsentRecord(storage.read());
    expect(record).toMatchObject({ source: 'settings', purposes: { analytics: true } });
    expect(record?.communication).toEqual({ 'status-updates': ['sms'] });
    expect(screen.getByRole('status')).toHaveTextContent('Dina val är sparade.');
    expect(screen.getByText(/Senast sparat .*version 2025-01-01/)).toBeVisible();
  });

  it('undo brings back the last saved choices', async () => {
    const user = userEvent.setup();
    const store = createConsentStore({ policyVersion: '1', purposes });
    store.choose({ communication: { offers: { email: true } } });
    setup(store);
    const offersEmail = screen.getByRole('checkbox', { name: 'Erbjudanden via E-post' });
    expect(offersEmail).toBeChecked();
    await user.click(offersEmail);
    expect(offersEmail).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Ångra ändringarna' }));
    expect(offersEmail).toBeChecked();
  });

  it('withdraw everything turns every optional cookie and every communication choice off', async () => {
    const user = userEvent.setup();
    const store = createConsentStore({ policyVersion: '1', purposes });
    store.choose({ purposes: { analytics: true }, communication: { newsletters: { email: true, sms: true } } });
    setup(store);
    await user.click(screen.getByRole('button', { name: 'Återkalla allt' }));
    expect(store.getSnapshot().purposes.analytics).toBe(false);
    expect(store.getSnapshot().record?.communication).toEqual({});
    expect(screen.getByRole('checkbox', { name: 'Nyhetsbrev via E-post' })).not.toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('Allt är återkallat');
  });

  it('loads from the host adapter: pending first, then the backend’s choices', async () => {
    const load = deferred<Awaited<ReturnType<NonNullable<ConsentSettingsAdapter['load']>>>>();
    setup(createConsentStore({ policyVersion: '1' }), { load: () => load.promise, save: async () => {} });
    expect(screen.getByRole('status')).toHaveTextContent('Hämtar dina val…');
    expect(screen.getByRole('checkbox', { name: 'Systemrapporter via E-post' })).toBeDisabled();
    load.resolve({ communication: { 'system-reports': { email: true } } });
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Systemrapporter via E-post' })).toBeChecked());
    expect(screen.getByRole('checkbox', { name: 'Systemrapporter via E-post' })).toBeEnabled();
  });

  it('a failed load says so and keeps what this browser knows', async () => {
    const store = createConsentStore({ policyVersion: '1' });
    store.choose({ communication: { offers: { phone: true } } });
    setup(store, { load: () => Promise.reject(new Error('down')), save: async () => {} });
    // (the live region is on screen before the failed load fills it: wait for its text, not for it)
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('kunde inte hämtas'));
    expect(screen.getByRole('checkbox', { name: 'Erbjudanden via Telefon' })).toBeChecked();
  });

  it('saving through the adapter is pending, and a failed save keeps every choice on screen', async () => {
    const user = userEvent.setup();
    const saves: ConsentSettingsValues[] = [];
    let shouldFail = true;
    const storage = memoryStorage();
    const store = createConsentStore({ policyVersion: '1', storage, purposes });
    setup(store, {
      save: async (values) => {
        saves.push(values);
        if (shouldFail) throw new Error('backend down');
      },
    });
    await user.click(screen.getByRole('checkbox', { name: 'Nyhetsbrev via E-post' }));
    await user.click(screen.getByRole('button', { name: 'Spara mina val' }));
    expect(await screen.findByText(/kunde inte sparas/)).toBeVisible();
    expect(screen.getByRole('checkbox', { name: 'Nyhetsbrev via E-post' })).toBeChecked();
    expect(storage.read()).toBeNull(); // nothing recorded that the backend did not accept
    shouldFail = false;
    await user.click(screen.getByRole('button', { name: 'Spara mina val' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Dina val är sparade.'));
    expect(saves.at(-1)?.communication.newsletters.email).toBe(true);
    expect(store.getSnapshot().communication.newsletters.email).toBe(true);
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });

  it('a pending save disables the buttons and says it is saving', async () => {
    const user = userEvent.setup();
    const save = deferred<void>();
    setup(createConsentStore({ policyVersion: '1' }), { save: () => save.promise });
    await user.click(screen.getByRole('button', { name: 'Spara mina val' }));
    expect(screen.getByRole('status')).toHaveTextContent('Sparar…');
    expect(screen.getByRole('button', { name: 'Spara mina val' })).toBeDisabled();
    save.resolve();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Spara mina val' })).toBeEnabled());
  });

  it('points out choices made under an older policy version', () => {
    const storage = memoryStorage();
    createConsentStore({ policyVersion: '1', storage }).acceptAll();
    setup(createConsentStore({ policyVersion: '2', storage }));
    expect(screen.getByText(/äldre version av integritetspolicyn/)).toBeVisible();
  });
});

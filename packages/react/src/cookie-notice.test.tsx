import { type ConsentStore, createConsentStore, memoryStorage, parseConsentRecord } from '@loggamera/privacy-core';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../../test/axe';
import { ConsentProvider, useConsent } from './consent-provider';
import { CookieNotice } from './cookie-notice';
import { CookieSettingsButton } from './cookie-settings-button';
import { PrivacyI18nProvider } from './i18n-provider';

function setup(store: ConsentStore, extra?: ReactNode, locale: 'sv' | 'en' = 'sv') {
  return render(
    <PrivacyI18nProvider locale={locale}>
      <ConsentProvider store={store} thirdPartyNames={{ 'analytics-service': 'Matomo' }}>
        <button type="button">Host page button</button>
        <CookieNotice policyHref="/integritetspolicy" />
        <footer>
          <CookieSettingsButton />
        </footer>
        {extra}
      </ConsentProvider>
    </PrivacyI18nProvider>,
  );
}

function AnalyticsFlag() {
  const hasAnalytics = useConsent((state) => state.purposes.analytics === true);
  return <output>{hasAnalytics ? 'on' : 'off'}</output>;
}

const analytics = [{ id: 'analytics', thirdParty: 'analytics-service' }];

describe('CookieNotice', () => {
  it('asks with three equal choices, names the categories, links the policy and says how to withdraw', async () => {
    const store = createConsentStore({ policyVersion: '1', purposes: analytics });
    const { container } = setup(store);
    const notice = screen.getByRole('dialog', { name: 'Cookies och ditt samtycke' });
    const buttons = ['Godkänn alla', 'Avvisa alla', 'Inställningar'].map((name) =>
      within(notice).getByRole('button', { name }),
    );
    // Same element, same class: equal prominence.
    expect(new Set(buttons.map((b) => `${b.tagName} ${b.className}`)).size).toBe(1);
    expect(within(notice).getByRole('listitem')).toHaveTextContent('Statistik');
    expect(within(notice).getByRole('link', { name: 'Läs vår integritetspolicy' })).toHaveAttribute(
      'href',
      '/integritetspolicy',
    );
    expect(notice).toHaveTextContent('återkalla');
    expect(notice).toHaveAttribute('aria-modal', 'false');
    await expectNoAxeViolations(container);
    // axe over a whole form in jsdom is slow on a busy machine: a generous timeout, not a timed assertion.
  }, 20_000);

  it('does not take focus when it appears on page load', () => {
    setup(createConsentStore({ policyVersion: '1' }));
    expect(screen.getByRole('dialog')).not.toContainElement(document.activeElement as HTMLElement);
  });

  it('reject all records every optional purpose off and closes', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    setup(createConsentStore({ policyVersion: '1', storage, purposes: analytics }));
    await user.click(screen.getByRole('button', { name: 'Avvisa alla' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    const record = parseConsentRecord(storage.read());
    expect(record?.purposes).toEqual({ analytics: false });
    expect(record?.source).toBe('notice');
  });

  it('accept all grants every optional purpose, in the language it was shown in', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    setup(createConsentStore({ policyVersion: '1', storage, purposes: analytics }), null, 'en');
    await user.click(screen.getByRole('button', { name: 'Accept all' }));
    expect(parseConsentRecord(storage.read())).toMatchObject({ purposes: { analytics: true }, locale: 'en' });
  });

  it('closing without a choice is not consent: nothing is stored and it asks again next time', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    const store = createConsentStore({ policyVersion: '1', storage, purposes: analytics });
    setup(store);
    await user.click(screen.getByRole('button', { name: 'Stäng utan att välja' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(storage.read()).toBeNull();
    expect(store.getSnapshot().purposes.analytics).toBe(false);
    expect(store.getSnapshot().isDecisionNeeded).toBe(true);
  });

  it('Escape closes it without a choice', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    setup(createConsentStore({ policyVersion: '1', storage }));
    await user.click(screen.getByRole('button', { name: 'Inställningar' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(storage.read()).toBeNull();
  });

  it('settings shows each category with its third party and saves the chosen ones', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    setup(createConsentStore({ policyVersion: '1', storage, purposes: [...analytics, { id: 'marketing' }] }));
    await user.click(screen.getByRole('button', { name: 'Inställningar' }));
    const necessary = screen.getByRole('checkbox', { name: /Nödvändiga/ });
    expect(necessary).toBeChecked();
    expect(necessary).toBeDisabled();
    const stats = screen.getByRole('checkbox', { name: 'Statistik' });
    expect(stats).not.toBeChecked();
    expect(stats).toHaveAccessibleDescription(/statistiktjänsten \(Matomo\)/);
    expect(stats).toHaveFocus();
    await user.click(stats);
    await user.click(screen.getByRole('button', { name: 'Spara mina val' }));
    expect(parseConsentRecord(storage.read())?.purposes).toEqual({ analytics: true, marketing: false });
  });

  it('with nothing optional (the portal), settings explains the necessary cookie and focus stays in the notice', async () => {
    const user = userEvent.setup();
    setup(createConsentStore({ policyVersion: '1' }));
    expect(screen.queryByRole('listitem')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Inställningar' }));
    const group = screen.getByRole('group', { name: 'Välj vilka cookies vi får använda' });
    expect(group).toHaveFocus();
    expect(within(group).getByRole('checkbox', { name: /Nödvändiga/ })).toHaveAccessibleDescription(
      /inga personuppgifter/,
    );
  });

  it('is complete by keyboard: Tab reaches the choices and Enter decides', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    setup(createConsentStore({ policyVersion: '1', storage, purposes: analytics }));
    await user.tab(); // host button
    await user.tab(); // the notice's close button
    await user.tab(); // the policy link
    await user.tab();
    expect(screen.getByRole('button', { name: 'Godkänn alla' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Avvisa alla' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(parseConsentRecord(storage.read())?.purposes).toEqual({ analytics: false });
    // Focus is not lost to the page: it goes to the reopen control.
    expect(screen.getByRole('button', { name: 'Cookieinställningar' })).toHaveFocus();
  });

  it('the reopen control brings it back with focus inside, and returns focus on close', async () => {
    const user = userEvent.setup();
    const store = createConsentStore({ policyVersion: '1', purposes: analytics });
    store.acceptAll();
    setup(store);
    expect(screen.queryByRole('dialog')).toBeNull();
    const reopen = screen.getByRole('button', { name: 'Cookieinställningar' });
    await user.click(reopen);
    const notice = screen.getByRole('dialog');
    expect(notice).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(reopen).toHaveFocus();
    // Withdrawing is as easy as giving: reopen, reject all.
    await user.click(reopen);
    await user.click(screen.getByRole('button', { name: 'Avvisa alla' }));
    expect(store.getSnapshot().purposes.analytics).toBe(false);
  });

  it('comes back when the policy version changes, saying why', () => {
    const storage = memoryStorage();
    createConsentStore({ policyVersion: '1', storage }).rejectAll();
    setup(createConsentStore({ policyVersion: '2', storage }));
    expect(screen.getByRole('dialog')).toHaveTextContent('Vår integritetspolicy har ändrats');
  });

  it('disappears when another tab decides', () => {
    let notify = () => {};
    const inner = memoryStorage();
    const store = createConsentStore({
      policyVersion: '1',
      storage: {
        ...inner,
        subscribe: (onChange) => {
          notify = onChange;
          return () => {};
        },
      },
    });
    setup(store);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    createConsentStore({ policyVersion: '1', storage: inner }).rejectAll();
    act(() => notify());
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('useConsent reads a selected value and follows changes', async () => {
    const user = userEvent.setup();
    setup(createConsentStore({ policyVersion: '1', purposes: analytics }), <AnalyticsFlag />);
    expect(screen.getByRole('status')).toHaveTextContent('off');
    await user.click(screen.getByRole('button', { name: 'Godkänn alla' }));
    expect(screen.getByRole('status')).toHaveTextContent('on');
  });

  it('is absent from server HTML and appears after hydration, without a hydration mismatch', async () => {
    const store = createConsentStore({ policyVersion: '1', purposes: analytics });
    const ui = (
      <PrivacyI18nProvider locale="sv">
        <ConsentProvider store={store}>
          <CookieNotice policyHref="/integritetspolicy" />
          <CookieSettingsButton />
        </ConsentProvider>
      </PrivacyI18nProvider>
    );
    const html = renderToString(ui);
    expect(html).not.toContain('role="dialog"');
    expect(html).toContain('Cookieinställningar');
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      await act(async () => {
        hydrateRoot(container, ui);
      });
      expect(within(container).getByRole('dialog')).toBeInTheDocument();
      expect(consoleError).not.toHaveBeenCalled();
    } finally {
      consoleError.mockRestore();
      container.remove();
    }
  });
});

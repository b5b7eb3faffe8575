import { getPrivacyPolicy, getSubprocessors, policyVersion } from '@loggamera/privacy-core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../../test/axe';
import { PrivacyI18nProvider } from './i18n-provider';
import { PrivacyPolicy } from './privacy-policy';

const renderPolicy = (locale: 'sv' | 'en', props: Parameters<typeof PrivacyPolicy>[0] = {}) =>
  render(
    <PrivacyI18nProvider locale={locale}>
      <PrivacyPolicy {...props} />
    </PrivacyI18nProvider>,
  );

describe('PrivacyPolicy', () => {
  for (const locale of ['sv', 'en'] as const) {
    it(`shows every section of the policy in ${locale}, each linked from the contents`, async () => {
      const { container } = renderPolicy(locale);
      const policy = getPrivacyPolicy(locale);
      expect(screen.getByRole('heading', { level: 1, name: policy.title })).toBeInTheDocument();
      const toc = screen.getByRole('navigation');
      for (const section of policy.sections) {
        const heading = screen.getByRole('heading', { level: 2, name: section.heading });
        expect(heading).toHaveAttribute('id', section.id);
        expect(within(toc).getByRole('link', { name: section.heading })).toHaveAttribute('href', `#${section.id}`);
      }
      await expectNoAxeViolations(container);
    });
  }

  it('names the contents in the reader’s language', () => {
    renderPolicy('en');
    expect(screen.getByRole('navigation', { name: 'Contents' })).toBeInTheDocument();
  });

  it('shows the version and the effective date written out for the locale', () => {
    renderPolicy('sv');
    expect(screen.getByText(policyVersion)).toBeInTheDocument();
    expect(screen.getByText('25 november 2026')).toHaveAttribute('datetime', '2026-11-25');
  });

  it('shows a table of who receives personal data, one row per subprocessor', () => {
    renderPolicy('en');
    const table = screen.getByRole('table', { name: 'Who receives your personal data' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(getSubprocessors('en').length);
    expect(within(table).getByRole('rowheader', { name: /External payment system.*PayPal/ })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: /City Network/ })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: /The installer.*Named in each booking/ })).toBeInTheDocument();
  });

  it('shows what changed in the current version', () => {
    renderPolicy('sv');
    const changes = screen.getByRole('region', { name: 'Vad har ändrats' });
    expect(
      within(changes).getByRole('heading', { name: /Version 2026-11-25, gäller från 25 november 2026/ }),
    ).toBeInTheDocument();
    expect(within(changes).getByText(/City Network \(inte City Networks\)/)).toBeInTheDocument();
  });

  it('marks what the project filled in only when asked to', () => {
    const { unmount } = renderPolicy('sv');
    expect(screen.queryByText(/Ifyllt av projektet/)).not.toBeInTheDocument();
    unmount();
    renderPolicy('sv', { showEditorialNotes: true });
    expect(screen.getAllByText(/Ifyllt av projektet/).length).toBeGreaterThanOrEqual(3);
  });

  it('prefixes the anchors when asked to, so they cannot clash with the host page', () => {
    renderPolicy('en', { anchorPrefix: 'policy-' });
    expect(screen.getByRole('heading', { level: 2, name: 'Cookies' })).toHaveAttribute('id', 'policy-cookies');
    for (const link of screen.getAllByRole('link', { name: 'Cookies' }))
      expect(link).toHaveAttribute('href', '#policy-cookies');
  });

  it('opens the print dialog from the print button', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    renderPolicy('en');
    await userEvent.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
    print.mockRestore();
  });

  it('puts the title one level down when the host page has its own h1', () => {
    renderPolicy('en', { headingLevel: 2 });
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Cookies' })).toBeInTheDocument();
  });

  it('renders the policy as text, never as HTML', () => {
    const { container } = renderPolicy('sv');
    expect(container.querySelector('script, iframe')).toBeNull();
    expect(container.textContent).toContain('”Mailutskick”');
  });
});

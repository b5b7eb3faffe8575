import { render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../../test/axe';
import { PrivacyI18nProvider } from './i18n-provider';
import { PrivacyPolicyLink } from './privacy-policy-link';

describe('PrivacyI18nProvider', () => {
  it('renders kit texts in the chosen language', () => {
    const { rerender } = render(
      <PrivacyI18nProvider locale="sv">
        <PrivacyPolicyLink href="/policy" />
      </PrivacyI18nProvider>,
    );
    expect(screen.getByRole('link', { name: 'Läs vår integritetspolicy' })).toHaveAttribute('href', '/policy');
    rerender(
      <PrivacyI18nProvider locale="en">
        <PrivacyPolicyLink href="/policy" />
      </PrivacyI18nProvider>,
    );
    expect(screen.getByRole('link', { name: 'Read our privacy policy' })).toBeInTheDocument();
  });

  it('falls back to Swedish without a provider, and never uses the host page’s global i18next', async () => {
    await i18next.init({ lng: 'en', resources: { en: { translation: { hello: 'host' } } } });
    render(<PrivacyPolicyLink href="/policy" />);
    expect(screen.getByRole('link', { name: 'Läs vår integritetspolicy' })).toBeInTheDocument();
    expect(i18next.language).toBe('en');
    expect(i18next.t('hello')).toBe('host');
  });

  it('applies a host’s override of one text', async () => {
    const { container } = render(
      <PrivacyI18nProvider locale="en" overrides={{ en: { common: { privacyPolicyLink: 'How we handle your data' } } }}>
        <PrivacyPolicyLink href="/policy" />
      </PrivacyI18nProvider>,
    );
    expect(screen.getByRole('link', { name: 'How we handle your data' })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });
});

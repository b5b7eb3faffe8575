import { policyVersion } from '@loggamera/privacy-core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../../test/axe';
import { PrivacyI18nProvider } from './i18n-provider';
import { PolicyUpdateNotice } from './policy-update-notice';

const changelog = [
  {
    version: '2027-03-01',
    effectiveDate: '2027-04-01',
    changes: { sv: ['Ny hostingleverantör.'], en: ['New hosting provider.'] },
  },
  {
    version: '2026-11-25',
    effectiveDate: '2026-11-25',
    changes: { sv: ['Listorna ifyllda.'], en: ['Lists filled in.'] },
  },
  {
    version: '2025-05-25',
    effectiveDate: '2025-05-25',
    changes: { sv: ['Första versionen.'], en: ['First version.'] },
  },
];

describe('PolicyUpdateNotice', () => {
  it('given an acknowledgement of an older version, shows only what changed since then', async () => {
    const { container } = render(
      <PrivacyI18nProvider locale="en">
        <PolicyUpdateNotice
          acknowledgedVersion="2026-11-25"
          currentVersion="2027-03-01"
          changelog={changelog}
          onAcknowledge={() => {}}
          policyHref="/privacy"
        />
      </PrivacyI18nProvider>,
    );
    expect(screen.getByRole('region', { name: 'We have updated our privacy policy' })).toBeInTheDocument();
    expect(screen.getByText('New hosting provider.')).toBeInTheDocument();
    expect(screen.queryByText('Lists filled in.')).not.toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Version 2027-03-01, effective from 1 April 2027' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Read the whole privacy policy' })).toHaveAttribute('href', '/privacy');
    await expectNoAxeViolations(container);
  });

  it('hands the current version to the host when the user acknowledges', async () => {
    const onAcknowledge = vi.fn();
    render(
      <PrivacyI18nProvider locale="sv">
        <PolicyUpdateNotice acknowledgedVersion="2025-05-25" onAcknowledge={onAcknowledge} />
      </PrivacyI18nProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Jag har tagit del av ändringarna' }));
    expect(onAcknowledge).toHaveBeenCalledWith(policyVersion);
  });

  it('shows nothing when the acknowledged version is the current one', () => {
    const { container } = render(<PolicyUpdateNotice acknowledgedVersion={policyVersion} onAcknowledge={() => {}} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('shows nothing when nothing has been acknowledged yet (the cookie notice asks first)', () => {
    const { container } = render(<PolicyUpdateNotice acknowledgedVersion={undefined} onAcknowledge={() => {}} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('treats a malformed stored version as older and shows every change', () => {
    render(
      <PrivacyI18nProvider locale="en">
        <PolicyUpdateNotice
          acknowledgedVersion="v1"
          currentVersion="2027-03-01"
          changelog={changelog}
          onAcknowledge={() => {}}
        />
      </PrivacyI18nProvider>,
    );
    expect(screen.getByText('First version.')).toBeInTheDocument();
    expect(screen.getByText('New hosting provider.')).toBeInTheDocument();
  });
});

import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../../test/axe';
import { PrivacyI18nProvider } from './i18n-provider';
import { RetentionNotice } from './retention-notice';

describe('RetentionNotice', () => {
  it('says until when personal data is kept, in Swedish', async () => {
    const { container } = render(
      <PrivacyI18nProvider locale="sv">
        <RetentionNotice lastLoginAt="2026-11-24T09:30:00Z" />
      </PrivacyI18nProvider>,
    );
    expect(
      screen.getByText('Dina personuppgifter sparas till 24 november 2029 om du inte loggar in igen.'),
    ).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('says it in English with the English month name', () => {
    render(
      <PrivacyI18nProvider locale="en">
        <RetentionNotice lastLoginAt={new Date('2026-11-24T09:30:00Z')} />
      </PrivacyI18nProvider>,
    );
    expect(
      screen.getByText('Your personal data is kept until 24 November 2029 unless you log in again.'),
    ).toBeInTheDocument();
  });

  it('shows the day in the chosen time zone', () => {
    render(
      <PrivacyI18nProvider locale="en">
        <RetentionNotice lastLoginAt="2026-11-24T23:30:00Z" timeZone="Europe/Stockholm" />
      </PrivacyI18nProvider>,
    );
    expect(screen.getByText(/kept until 25 November 2029/)).toBeInTheDocument();
  });

  it('after deregistration, says when the data is removed and that purchase records stay', () => {
    render(
      <PrivacyI18nProvider locale="en">
        <RetentionNotice lastLoginAt="2026-11-24T09:30:00Z" deregisteredAt="2026-12-01T10:00:00Z" />
      </PrivacyI18nProvider>,
    );
    expect(
      screen.getByText('Your account is deregistered. Your personal data will be removed on 1 December 2026.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/Bookkeeping Act/)).toBeInTheDocument();
  });
});

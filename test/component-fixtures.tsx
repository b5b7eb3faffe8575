import {
  collectPolicyTexts,
  createConsentStore,
  formatPolicyDate,
  memoryStorage,
  policyChangelog,
} from '@loggamera/privacy-core';
// booking
import {
  BookingForm,
  ConsentProvider,
  ConsentSettings,
  CookieNotice,
  CookieSettingsButton,
  DataRequestForm,
  PersonalDataTextField,
  PolicyUpdateNotice,
  PrivacyI18nProvider,
  PrivacyPolicy,
  PrivacyPolicyLink,
  RetentionNotice,
} from '@loggamera/privacy-react';
import type { ReactElement } from 'react';

// The policy text, subprocessors and changelog are data (core/src/policy), as are their formatted dates.
const policyTexts = collectPolicyTexts();
const isPolicyDataText = (text: string) =>
  policyTexts.has(text) || policyChangelog.some((e) => formatPolicyDate(e.effectiveDate, 'sv') === text);

/**
 * One realistic rendering of every component @loggamera/privacy-react exports. The SSR test renders
 * each in Node, and the hard-coded-text test checks that every visible string comes from the texts.
 * A new exported component must be added here (a test fails until it is).
 */
export interface ComponentFixture {
  /** The export's name in @loggamera/privacy-react. */
  name: string;
  render: () => ReactElement;
  /** Visible text that is data rather than UI wording (names, policy text, dates): allowed through. */
  isDataText?: (text: string) => boolean;
}

export const componentFixtures: ComponentFixture[] = [
  {
    name: 'BookingForm',
    // Product names and their prices are the host's data.
    isDataText: (text) => ['Läckagelarm', '1 490 kr', 'Temperaturövervakning'].includes(text),
    render: () => (
      <BookingForm
        installerName="Rörmokar-Pelles AB"
        products={[
          { id: 'leak', name: 'Läckagelarm', description: '1 490 kr' },
          { id: 'temperature', name: 'Temperaturövervakning' },
        ]}
        policyUrl="/integritetspolicy"
        onSubmit={async () => {}}
      />
    ),
  },
  {
    name: 'PrivacyI18nProvider',
    // The inner provider brings its own English instance on purpose, so its text is real, not a key.
    isDataText: (text) => text === 'Read our privacy policy',
    render: () => (
      <PrivacyI18nProvider locale="en">
        <PrivacyPolicyLink href="/privacy" />
      </PrivacyI18nProvider>
    ),
  },
  { name: 'PrivacyPolicyLink', render: () => <PrivacyPolicyLink href="/integritetspolicy" /> },
  // policy
  { name: 'PrivacyPolicy', isDataText: isPolicyDataText, render: () => <PrivacyPolicy showEditorialNotes /> },
  {
    name: 'PolicyUpdateNotice',
    isDataText: isPolicyDataText,
    render: () => (
      <PolicyUpdateNotice acknowledgedVersion="2025-05-25" onAcknowledge={() => {}} policyHref="/integritetspolicy" />
    ),
  },
  { name: 'RetentionNotice', render: () => <RetentionNotice lastLoginAt="2026-11-24T09:30:00Z" /> },
  {
    name: 'DataRequestForm',
    // Account labels come from the host's data.
    isDataText: (text) => text === 'anna@example.se' || text === 'brf-ekbacken@example.se',
    render: () => (
      <DataRequestForm
        defaultValues={{ kind: 'deregistration' }}
        accounts={[
          { id: 'u1', label: 'anna@example.se' },
          { id: 'u2', label: 'brf-ekbacken@example.se' },
        ]}
        onSubmit={() => Promise.resolve()}
      />
    ),
  },
  // consent
  {
    name: 'ConsentProvider',
    render: () => (
      <ConsentProvider options={{ policyVersion: '2025-01-01', purposes: [{ id: 'analytics' }] }}>
        <CookieSettingsButton />
      </ConsentProvider>
    ),
  },
  {
    name: 'CookieNotice',
    // On the server nothing is known yet, so the notice renders nothing there; the reopen control does.
    render: () => (
      <ConsentProvider
        store={createConsentStore({
          policyVersion: '2025-01-01',
          storage: memoryStorage(),
          purposes: [{ id: 'analytics', thirdParty: 'analytics-service' }],
        })}
      >
        <CookieNotice policyHref="/integritetspolicy" defaultSettingsOpen />
        <CookieSettingsButton />
      </ConsentProvider>
    ),
  },
  {
    name: 'CookieSettingsButton',
    render: () => (
      <ConsentProvider options={{ policyVersion: '2025-01-01' }}>
        <CookieSettingsButton />
      </ConsentProvider>
    ),
  },
  {
    name: 'ConsentSettings',
    render: () => {
      const store = createConsentStore({ policyVersion: '2025-01-01', purposes: [{ id: 'analytics' }] });
      store.choose({ purposes: { analytics: true }, communication: { newsletters: { email: true } } });
      return (
        <ConsentProvider store={store} thirdPartyNames={{ 'newsletter-service': 'Mailchimp' }}>
          <ConsentSettings />
        </ConsentProvider>
      );
    },
  },
  {
    name: 'PersonalDataTextField',
    // The label and the text typed into the field are the host's and the user's data, not kit wording.
    isDataText: (text) => text === 'Larminstruktion' || text.startsWith('Vid vattenlarm'),
    render: () => (
      <PersonalDataTextField
        label="Larminstruktion"
        mode="block"
        defaultValue="Vid vattenlarm: stäng huvudkranen och ring jouren på 070-123 45 67."
      />
    ),
  },
];

import { PrivacyI18nProvider, PrivacyPolicyLink } from '@loggamera/privacy-react';
import type { ReactElement } from 'react';

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
];

// The public surface of @loggamera/privacy-react, listed by name, one block per feature.

// i18n and shared pieces
export type { PrivacyI18nProviderProps } from './i18n-provider';
export { PrivacyI18nProvider, usePrivacyI18n, usePrivacyTranslation } from './i18n-provider';
export type { PrivacyPolicyLinkProps } from './privacy-policy-link';
export { PrivacyPolicyLink } from './privacy-policy-link';

// consent
export type { ConsentProviderProps } from './consent-provider';
/** Consent: the provider and the hooks to read (`useConsent`) and change (`useConsentStore`) consent. */
export { ConsentProvider, useConsent, useConsentStore } from './consent-provider';
export type { ConsentSettingsProps } from './consent-settings';
/** Consent: the settings page with cookie categories and the communication matrix. */
export { ConsentSettings } from './consent-settings';
export type { CookieNoticeProps } from './cookie-notice';
/** Consent: the cookie notice with three equal choices. */
export { CookieNotice } from './cookie-notice';
export type { CookieSettingsButtonProps } from './cookie-settings-button';
/** Consent: the persistent control that reopens the cookie notice. */
export { CookieSettingsButton } from './cookie-settings-button';

// detection
export type { PersonalDataTextFieldProps } from './personal-data-text-field';
/** Detection: the free-text field that shows the policy's guidance and warns about personal data as the user types. */
export { PersonalDataTextField } from './personal-data-text-field';

// policy
export type { DataRequestFormProps, DataRequestOption } from './data-request-form';
/** Policy: the form for deregistration, correction and removal of personal data from a free-text field. */
export { DataRequestForm } from './data-request-form';
export type { PolicyUpdateNoticeProps } from './policy-update-notice';
/** Policy: tells a returning user what changed since the version they acknowledged. */
export { PolicyUpdateNotice } from './policy-update-notice';
export type { PrivacyPolicyProps } from './privacy-policy';
/** Policy: the whole privacy policy page with contents, anchors, subprocessor table and changes. */
export { PrivacyPolicy, policyChangesAnchor } from './privacy-policy';
export type { RetentionNoticeProps } from './retention-notice';
/** Policy: "your personal data is kept until …", in the user's language. */
export { RetentionNotice } from './retention-notice';

// booking
export type { BookingFormProps, BookingFormStep } from './booking-form';
export { BookingForm } from './booking-form';

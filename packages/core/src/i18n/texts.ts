import { bookingEn, bookingSv } from './locales/booking';
import { commonEn, commonSv } from './locales/common';
import { consentEn, consentSv } from './locales/consent';
import { detectionEn, detectionSv } from './locales/detection';
import { policyEn, policySv } from './locales/policy';
import { requestsEn, requestsSv } from './locales/requests';

/**
 * One feature's texts in both languages, loaded into an i18n instance only where that feature is
 * used: a page with just the cookie notice then ships the consent texts, not the booking form's.
 */
export interface PrivacyTexts {
  /** The key the feature's texts live under (`t('consent.…')`). */
  readonly feature: string;
  readonly sv: object;
  readonly en: object;
}

/** Texts every component uses (buttons, errors, the policy link). Always loaded. */
export const commonTexts: PrivacyTexts = { feature: 'common', sv: commonSv, en: commonEn };
/** Texts of the cookie notice and the consent settings page. */
export const consentTexts: PrivacyTexts = { feature: 'consent', sv: consentSv, en: consentEn };
/** Texts of the free-text field that warns about personal data, and its validation messages. */
export const detectionTexts: PrivacyTexts = { feature: 'detection', sv: detectionSv, en: detectionEn };
/** Texts around the privacy policy page and its notices. */
export const policyTexts: PrivacyTexts = { feature: 'policy', sv: policySv, en: policyEn };
/** Texts of the data-subject request form. */
export const requestsTexts: PrivacyTexts = { feature: 'requests', sv: requestsSv, en: requestsEn };
/** Texts of the booking form. */
export const bookingTexts: PrivacyTexts = { feature: 'booking', sv: bookingSv, en: bookingEn };

/** Every feature's texts, for a host that wants them all in one instance. */
export const allPrivacyTexts: readonly PrivacyTexts[] = [
  commonTexts,
  consentTexts,
  detectionTexts,
  policyTexts,
  requestsTexts,
  bookingTexts,
];

import { bookingEn, bookingSv } from './locales/booking';
import { commonEn, commonSv } from './locales/common';
import { consentEn, consentSv } from './locales/consent';
import { detectionEn, detectionSv } from './locales/detection';
import { policyEn, policySv } from './locales/policy';
import { requestsEn, requestsSv } from './locales/requests';
import type { MessageTree, PrivacyLocale } from './types';

// One namespace, one subtree per feature. A feature adds its pair of objects here.
const sv = {
  booking: bookingSv,
  common: commonSv,
  consent: consentSv,
  detection: detectionSv,
  policy: policySv,
  requests: requestsSv,
} as const;

/** The shape every language's texts must have: the Swedish texts' keys, with any string as value. */
export type PrivacyMessages = MessageTree<typeof sv>;

const en: PrivacyMessages = {
  booking: bookingEn,
  common: commonEn,
  consent: consentEn,
  detection: detectionEn,
  policy: policyEn,
  requests: requestsEn,
};

export { privacyNamespace } from './namespace';

/** The kit's UI texts in Swedish and English, keyed by locale. */
export const privacyResources: Readonly<Record<PrivacyLocale, PrivacyMessages>> = { sv, en };

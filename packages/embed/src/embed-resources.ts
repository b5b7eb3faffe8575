// The embed's texts: only the subtrees its elements use (booking form, the free-text field, the
// cookie notice, shared texts). The embed builds give this module to core's i18n in place of the
// full resources (see build-options.mjs), so the policy page's and request form's texts stay out.
import { bookingEn, bookingSv } from '../../core/src/i18n/locales/booking';
import { commonEn, commonSv } from '../../core/src/i18n/locales/common';
import { consentEn, consentSv } from '../../core/src/i18n/locales/consent';
import { detectionEn, detectionSv } from '../../core/src/i18n/locales/detection';
import type { PrivacyMessages } from '../../core/src/i18n/resources';

/** The same namespace as core's (`test`ed in embed-resources.test.ts). */
export const privacyNamespace = 'loggamera-privacy';

/** The embed's subset of the kit's texts, in Swedish and English. */
export const privacyResources = {
  sv: { booking: bookingSv, common: commonSv, consent: consentSv, detection: detectionSv },
  en: { booking: bookingEn, common: commonEn, consent: consentEn, detection: detectionEn },
} as unknown as Readonly<Record<'sv' | 'en', PrivacyMessages>>;

// The public surface of @loggamera/privacy-core, listed by name, one block per feature.

// i18n: the UI texts in Swedish and English, and isolated i18next instances
export type { PrivacyI18nOptions } from './i18n/create-i18n';
export { addPrivacyTexts, createPrivacyI18n } from './i18n/create-i18n';
export type { PrivacyMessages } from './i18n/resources';
export { privacyNamespace, privacyResources } from './i18n/resources';
export type { PrivacyTexts } from './i18n/texts';
/** Each feature's texts in sv and en, loaded into an instance where the feature is used. */
export {
  allPrivacyTexts,
  bookingTexts,
  commonTexts,
  consentTexts,
  detectionTexts,
  policyTexts,
  requestsTexts,
} from './i18n/texts';
export type { MessageTree, PrivacyLocale } from './i18n/types';
export { privacyLocales, toPrivacyLocale } from './i18n/types';

// consent: the consent model (issue 3)
export type { ReceiptSenderOptions } from './consent/receipt';
/** A ready-made receipt hook that POSTs each decision to the host's backend. */
export { createReceiptSender } from './consent/receipt';
/** Consent records: reading a stored value safely, and the communication matrix. */
export {
  communicationOf,
  consentRecordSchema,
  isConsentRecord,
  noCommunication,
  parseConsentRecord,
  serializeConsentRecord,
} from './consent/record';
export type { CookieStorageOptions, LocalStorageStorageOptions } from './consent/storage';
/** Consent storage adapters: a first-party cookie, localStorage, or memory. */
export { cookieStorage, defaultConsentName, localStorageStorage, memoryStorage } from './consent/storage';
export type { ConsentDecisionDetails, ConsentStore, ConsentStoreOptions } from './consent/store';
/** Consent: the store (accept all, reject all, choose, withdraw) that asks again on a new policy version. */
export { createConsentStore } from './consent/store';
export type { CommunicationThirdParties } from './consent/third-parties';
/** Which third party each communication choice involves (e-mail → the newsletter service). */
export { communicationThirdParty, defaultCommunicationThirdParties } from './consent/third-parties';
export type {
  CommunicationCategory,
  CommunicationChannel,
  CommunicationChoices,
  ConsentAction,
  ConsentChoices,
  ConsentDecisionReason,
  ConsentPurpose,
  ConsentReceipt,
  ConsentRecord,
  ConsentSettingsAdapter,
  ConsentSettingsValues,
  ConsentSource,
  ConsentState,
  ConsentStorage,
  ConsentThirdParty,
} from './consent/types';
/** The communication categories and channels, and the purpose no one can switch off. */
export { communicationCategories, communicationChannels, necessaryPurpose } from './consent/types';

// detection: personal data in free text, and the zod check (issue 4)
/** Personal-data detection in free text: names, phone numbers, e-mail, personal identity numbers, addresses. */
export { defaultDetectionThreshold, detectPersonalData } from './detection/detect';
/**
 * The learned context model for names, an opt-in add-on (about 15 kB gzipped, bundled only when
 * imported): `detectPersonalData(text, { contextModel: nameContextModel })`.
 */
export { nameContextModel } from './detection/context-model';
/** Whether 10 or 12 digits form a valid Swedish personal identity or coordination number (date and check digit). */
export { isPersonalIdentityNumber } from './detection/identity-number';
export type {
  DetectPersonalDataOptions,
  PersonalDataContextModel,
  PersonalDataFinding,
  PersonalDataKind,
} from './detection/types';
export type { PersonalDataCheckOptions } from './detection/zod';
/** A zod check (zod and zod/mini) that rejects or flags personal data, with a message in the form's language. */
export { personalDataCheck } from './detection/zod';
export type { PersonalDataMode, PersonalDataRemoval, PersonalDataTranslate } from './detection/zod-messages';
/** The wording around a finding: a masked excerpt, its line, the form message, and removing it from the text. */
export {
  personalDataExcerpt,
  personalDataLine,
  personalDataMessage,
  personalDataTranslator,
  removePersonalDataFinding,
} from './detection/zod-messages';

// policy: the policy as versioned data, subprocessors, retention, data requests (issue 5)
export type {
  DataRequest,
  DataRequestFormValues,
  DataRequestKind,
  DataRequestSchemaOptions,
} from './policy/data-request';
/** Data-subject requests (deregistration, correction, free-text removal): the zod schema and empty values. */
export {
  createDataRequestSchema,
  dataRequestKinds,
  emptyDataRequestValues,
  maxCorrectionLength,
  maxReferenceLength,
} from './policy/data-request';
/** A date in the locale's words ("24 november 2029"), for retention deadlines and policy dates. */
export { formatPolicyDate } from './policy/format-date';
/** The privacy policy as typed data per locale, and every string in it. */
export { collectPolicyTexts, getPrivacyPolicy, privacyPolicy } from './policy/privacy-policy';
export type { Instant, RetentionInput, SalesRecordRetentionInput } from './policy/retention';
/** Retention rules: three years after the last login (or deregistration); sales records per bokföringslagen. */
export {
  addUtcYears,
  isPastRetention,
  retentionDeadline,
  retentionReason,
  retentionYearsAfterLastLogin,
  salesRecordRetentionDeadline,
  salesRecordRetentionYears,
} from './policy/retention';
export type { LocalizedSubprocessor, Subprocessor, SubprocessorField, SubprocessorId } from './policy/subprocessors';
/** The parties that receive personal data (bookkeeping, payment, newsletter, hosting, installer). */
export { getSubprocessor, getSubprocessors, subprocessors } from './policy/subprocessors';
export type {
  LocalizedText,
  PolicyBlock,
  PolicyList,
  PolicyParagraph,
  PolicySection,
  PolicySectionId,
  PolicySubprocessorTable,
  PolicyTextCorrection,
  PrivacyPolicyDocument,
} from './policy/types';
export type { PolicyChangelogEntry } from './policy/version';
/** The policy version (YYYY-MM-DD) the consent model re-asks on, its effective date, changelog and fixed slips. */
export {
  isPolicyUpdateNeeded,
  isPolicyVersion,
  policyChangelog,
  policyChangesSince,
  policyEffectiveDate,
  policyTextCorrections,
  policyVersion,
} from './policy/version';

// booking: the booking form's rules (issue 6)
export type {
  BookingDisclosure,
  BookingErrorKey,
  BookingField,
  BookingPayload,
  BookingPayloadOptions,
  BookingPayment,
  BookingProduct,
  BookingRecipientId,
  BookingSchema,
  BookingSchemaOptions,
  BookingSubmitHandler,
  BookingSubmitTarget,
  BookingValues,
} from './booking';
/** Booking: the schema (Swedish postcodes, phone numbers), the payload and who receives what, submitting. */
export {
  BookingSubmitError,
  bookingConsentChoices,
  bookingDescriptionMaxLength,
  bookingDisclosures,
  bookingFieldValue,
  createBookingSchema,
  emptyBookingValues,
  formatBookingPhoneNumber,
  formatSwedishPostcode,
  isBookingPhoneNumber,
  isSwedishPostcode,
  submitBooking,
  toBookingPayload,
} from './booking';

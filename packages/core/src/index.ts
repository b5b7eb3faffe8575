// The public surface of @loggamera/privacy-core, listed by name. Each feature keeps its own block.

export type { PrivacyI18nOptions } from './i18n/create-i18n';
// i18n
export { createPrivacyI18n } from './i18n/create-i18n';
export type { PrivacyMessages } from './i18n/resources';
export { privacyNamespace, privacyResources } from './i18n/resources';
export type { MessageTree, PrivacyLocale } from './i18n/types';
export { privacyLocales, toPrivacyLocale } from './i18n/types';

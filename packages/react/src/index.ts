// The public surface of @loggamera/privacy-react, listed by name. Each feature keeps its own block.

export type { PrivacyI18nProviderProps } from './i18n-provider';
// i18n
export { PrivacyI18nProvider, usePrivacyI18n, usePrivacyTranslation } from './i18n-provider';
export type { PrivacyPolicyLinkProps } from './privacy-policy-link';
// shared pieces
export { PrivacyPolicyLink } from './privacy-policy-link';

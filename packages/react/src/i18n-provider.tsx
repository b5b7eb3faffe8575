import {
  addPrivacyTexts,
  createPrivacyI18n,
  type PrivacyI18nOptions,
  type PrivacyLocale,
  type PrivacyTexts,
  privacyNamespace,
} from '@loggamera/privacy-core';
import type { i18n as I18nInstance } from 'i18next';
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

const PrivacyI18nContext = createContext<I18nInstance | null>(null);

/** Props of {@link PrivacyI18nProvider}. */
export interface PrivacyI18nProviderProps {
  /** The language every kit component below renders in. */
  locale: PrivacyLocale;
  /** Overrides of the kit's texts, per locale. Read once per locale. */
  overrides?: PrivacyI18nOptions['overrides'];
  /** An instance you created with `createPrivacyI18n` yourself; `locale` and `overrides` are then ignored. */
  i18n?: I18nInstance;
  children?: ReactNode;
}

/**
 * Gives every kit component below it its texts, from an isolated i18next instance (never the global one).
 *
 * @example
 * <PrivacyI18nProvider locale="en"><CookieNotice /></PrivacyI18nProvider>
 */
export function PrivacyI18nProvider({ locale, overrides, i18n, children }: PrivacyI18nProviderProps) {
  // A new instance per locale keeps server and first client render in the same language. Only the
  // common texts up front: each component adds its own feature's texts as it renders.
  // biome-ignore lint/correctness/useExhaustiveDependencies: overrides are read once per locale on purpose.
  const instance = useMemo(() => i18n ?? createPrivacyI18n(locale, { overrides, texts: [] }), [i18n, locale]);
  return <PrivacyI18nContext.Provider value={instance}>{children}</PrivacyI18nContext.Provider>;
}

let fallbackInstance: I18nInstance | undefined;

/** The kit's i18next instance: the provider's, or a Swedish one when a component is used without a provider. */
export function usePrivacyI18n(): I18nInstance {
  const instance = useContext(PrivacyI18nContext);
  if (instance) return instance;
  fallbackInstance ??= createPrivacyI18n('sv', { texts: [] });
  return fallbackInstance;
}

/**
 * `t` for the kit's texts, bound to the kit's own instance, plus the current locale. A component names
 * the features whose texts it uses (`usePrivacyTranslation(consentTexts)`); they are added to the
 * instance once, synchronously, so the first render (and the server's) already has them.
 */
export function usePrivacyTranslation(...texts: PrivacyTexts[]) {
  const i18n = usePrivacyI18n();
  addPrivacyTexts(i18n, ...texts);
  const { t } = useTranslation(privacyNamespace, { i18n });
  return { t, locale: (i18n.language === 'en' ? 'en' : 'sv') as PrivacyLocale, i18n };
}

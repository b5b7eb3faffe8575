import { createInstance, type i18n as I18nInstance } from 'i18next';
import { privacyNamespace, privacyResources } from './resources';
import type { PrivacyLocale } from './types';

/** Options for {@link createPrivacyI18n}. */
export interface PrivacyI18nOptions {
  /** Extra or overriding texts per locale, e.g. a partner's own wording. Same keys as the kit's. */
  overrides?: Partial<Record<PrivacyLocale, Record<string, unknown>>>;
}

/**
 * Creates an isolated i18next instance holding the kit's texts for `locale`.
 * It never touches the global i18next instance, so a host page's own i18next is left alone.
 * Initialisation is synchronous: the instance can translate as soon as it is returned (SSR too).
 *
 * @example
 * const i18n = createPrivacyI18n('en');
 * i18n.t('common.close', { ns: privacyNamespace }); // "Close"
 */
export function createPrivacyI18n(locale: PrivacyLocale, options: PrivacyI18nOptions = {}): I18nInstance {
  const instance = createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: 'sv',
    supportedLngs: ['sv', 'en'],
    ns: [privacyNamespace],
    defaultNS: privacyNamespace,
    resources: {
      // i18next keeps and mutates the objects it is given (overrides, addResource): give it copies.
      sv: { [privacyNamespace]: structuredClone(privacyResources.sv) },
      en: { [privacyNamespace]: structuredClone(privacyResources.en) },
    },
    interpolation: { escapeValue: false }, // React and the DOM escape; i18next must not double-escape.
    initAsync: false,
    returnNull: false,
  });
  for (const [lng, texts] of Object.entries(options.overrides ?? {})) {
    if (texts) instance.addResourceBundle(lng, privacyNamespace, texts, true, true);
  }
  return instance;
}

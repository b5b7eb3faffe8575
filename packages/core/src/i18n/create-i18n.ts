import { createInstance, type i18n as I18nInstance } from 'i18next';
import { privacyNamespace } from './namespace';
import { commonTexts, type PrivacyTexts } from './texts';
import { type PrivacyLocale, privacyLocales } from './types';

/** Options for {@link createPrivacyI18n}. */
export interface PrivacyI18nOptions {
  /** Extra or overriding texts per locale, e.g. a partner's own wording. Same keys as the kit's. */
  overrides?: Partial<Record<PrivacyLocale, Record<string, unknown>>>;
  /**
   * The features whose texts to load now (the common texts always are; `allPrivacyTexts` loads every
   * feature's). More can be added later with {@link addPrivacyTexts}; the React components add their
   * own as they render, so a page ships only the texts of the components it uses.
   */
  texts?: readonly PrivacyTexts[];
}

const loadedTexts = new WeakMap<I18nInstance, Set<string>>();

/**
 * Adds features' texts (both languages) to a kit i18n instance, once each. Texts already there, such as
 * a host's overrides, win over the kit's.
 */
export function addPrivacyTexts(i18n: I18nInstance, ...texts: readonly PrivacyTexts[]): void {
  const loaded = loadedTexts.get(i18n) ?? new Set<string>();
  loadedTexts.set(i18n, loaded);
  for (const bundle of texts) {
    if (loaded.has(bundle.feature)) continue;
    loaded.add(bundle.feature);
    for (const locale of privacyLocales) {
      // i18next keeps and mutates the objects it is given: give it copies.
      const resources = { [bundle.feature]: structuredClone(bundle[locale]) };
      i18n.addResourceBundle(locale, privacyNamespace, resources, true, false);
    }
  }
}

/**
 * Creates an isolated i18next instance holding the kit's texts for `locale`.
 * It never touches the global i18next instance, so a host page's own i18next is left alone.
 * Initialisation is synchronous: the instance can translate as soon as it is returned (SSR too).
 *
 * @example
 * const i18n = createPrivacyI18n('en', { texts: [consentTexts] });
 * i18n.t('consent.notice.acceptAll'); // "Accept all"
 */
export function createPrivacyI18n(locale: PrivacyLocale, options: PrivacyI18nOptions = {}): I18nInstance {
  const instance = createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: 'sv',
    supportedLngs: ['sv', 'en'],
    ns: [privacyNamespace],
    defaultNS: privacyNamespace,
    resources: { sv: { [privacyNamespace]: {} }, en: { [privacyNamespace]: {} } },
    interpolation: { escapeValue: false }, // React and the DOM escape; i18next must not double-escape.
    initAsync: false,
    returnNull: false,
  });
  for (const [lng, texts] of Object.entries(options.overrides ?? {})) {
    if (texts) instance.addResourceBundle(lng, privacyNamespace, structuredClone(texts), true, true);
  }
  addPrivacyTexts(instance, commonTexts, ...(options.texts ?? []));
  return instance;
}

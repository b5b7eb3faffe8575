/** Turns a literal message tree into one with plain strings, so a second language must have the same keys. */
export type MessageTree<T> = { readonly [K in keyof T]: T[K] extends string ? string : MessageTree<T[K]> };

/** The languages the kit ships texts for. */
export type PrivacyLocale = 'sv' | 'en';

/** Every locale the kit supports, Swedish first (the policy's own language). */
export const privacyLocales: readonly PrivacyLocale[] = ['sv', 'en'];

/** Narrows any string (a `lang` attribute, a browser language) to a supported locale. */
export function toPrivacyLocale(value: string | null | undefined, fallback: PrivacyLocale = 'sv'): PrivacyLocale {
  const base = (value ?? '').trim().toLowerCase().slice(0, 2);
  return base === 'en' || base === 'sv' ? base : fallback;
}

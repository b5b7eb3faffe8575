import type { PrivacyLocale } from '../i18n/types';
import { privacyPolicyEn } from './content-en';
import { privacyPolicySv } from './content-sv';
import { subprocessors } from './subprocessors';
import type { PrivacyPolicyDocument } from './types';
import { policyChangelog } from './version';

/** The whole privacy policy as typed data, per locale: Swedish as written (slips fixed), English translated. */
export const privacyPolicy: Readonly<Record<PrivacyLocale, PrivacyPolicyDocument>> = {
  sv: privacyPolicySv,
  en: privacyPolicyEn,
};

/**
 * The privacy policy in `locale`: title, sections (ids usable as anchors), blocks and closing line.
 *
 * @example
 * getPrivacyPolicy('en').sections.map((s) => `#${s.id}`); // ['#personal-data', '#free-text-fields', …]
 */
export function getPrivacyPolicy(locale: PrivacyLocale): PrivacyPolicyDocument {
  return privacyPolicy[locale];
}

/**
 * Every string of the policy data in `locale` (or both): texts, headings, list items, subprocessors and
 * changelog. For checks that tell policy text (data) apart from UI wording, and for search indexes.
 */
export function collectPolicyTexts(locale?: PrivacyLocale): Set<string> {
  const locales: readonly PrivacyLocale[] = locale ? [locale] : ['sv', 'en'];
  const texts = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') texts.add(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const lng of locales) {
    walk(privacyPolicy[lng]);
    for (const s of subprocessors)
      walk([s.company, s.name[lng], s.role[lng], s.dataReceived[lng], s.when[lng], s.atDeregistration[lng]]);
    for (const entry of policyChangelog) walk([entry.version, entry.effectiveDate, entry.changes[lng]]);
  }
  return texts;
}

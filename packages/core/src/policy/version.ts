import type { PolicyTextCorrection } from './types';

/**
 * The policy's version: the date (YYYY-MM-DD) Loggamera published it. Dates sort as text, so "is older"
 * is a plain string comparison, and the consent model re-asks when the stored version differs from it.
 */
export const policyVersion = '2026-11-25';

/** The date (YYYY-MM-DD) the current version applies from. */
export const policyEffectiveDate = '2026-11-25';

/** One published version and what changed in it, in both languages. */
export interface PolicyChangelogEntry {
  /** The version (YYYY-MM-DD), as in `policyVersion`. */
  readonly version: string;
  /** When this version applies from (YYYY-MM-DD). */
  readonly effectiveDate: string;
  readonly changes: Readonly<Record<'sv' | 'en', readonly string[]>>;
}

/** Every published version, newest first. The first entry is always the current `policyVersion`. */
export const policyChangelog: readonly PolicyChangelogEntry[] = [
  {
    version: '2026-11-25',
    effectiveDate: '2026-11-25',
    changes: {
      sv: [
        'Tre listor som saknades i texten har fyllts i: ändamålen vi sparar personuppgifter för, vilka personuppgifter vi sparar om dig, och vilka uppgifter som kan skickas till bokförings- och betalsystemen.',
        'Underleverantörerna beskrivs nu i en tabell: vad var och en gör, vilka uppgifter de får, när, och vad som händer när du avregistrerar dig.',
        'Skrivfel har rättats, bland annat heter hostingleverantören City Network (inte City Networks).',
      ],
      en: [
        'Three lists missing from the text have been filled in: the purposes we keep personal data for, the personal data we keep about you, and the data that may be sent to the bookkeeping and payment systems.',
        'The subprocessors are now described in a table: what each one does, what data it receives, when, and what happens when you deregister.',
        'Typing errors have been fixed; among them, the hosting provider is called City Network (not City Networks).',
      ],
    },
  },
];

const versionPattern = /^\d{4}-\d{2}-\d{2}$/;

/** True when `version` looks like a policy version (YYYY-MM-DD). */
export function isPolicyVersion(version: unknown): version is string {
  return typeof version === 'string' && versionPattern.test(version);
}

/**
 * True when a stored acknowledgement or consent is for an older policy version than `currentVersion`.
 * A missing or malformed stored version counts as older: it cannot be shown to cover the current text.
 */
export function isPolicyUpdateNeeded(
  acknowledgedVersion: string | null | undefined,
  currentVersion: string = policyVersion,
): boolean {
  if (!isPolicyVersion(acknowledgedVersion)) return true;
  return acknowledgedVersion < currentVersion;
}

/**
 * The changelog entries newer than `acknowledgedVersion`, newest first: what changed since the user last
 * acknowledged the policy. Without a (valid) acknowledged version, every entry.
 *
 * @example
 * policyChangesSince('2026-01-01').flatMap((entry) => entry.changes.sv);
 */
export function policyChangesSince(
  acknowledgedVersion: string | null | undefined,
  changelog: readonly PolicyChangelogEntry[] = policyChangelog,
): readonly PolicyChangelogEntry[] {
  if (!isPolicyVersion(acknowledgedVersion)) return changelog;
  return changelog.filter((entry) => entry.version > acknowledgedVersion);
}

/** The obvious slips in the seed text the project fixed, for Loggamera to review. */
export const policyTextCorrections: readonly PolicyTextCorrection[] = [
  {
    sectionId: 'title',
    original: 'Loggameras integritetsspolicy',
    corrected: 'Loggameras integritetspolicy',
    reason: { sv: 'Stavfel i rubriken (dubbelt s).', en: 'Spelling error in the title (double s).' },
  },
  {
    sectionId: 'third-parties',
    original: 'tillåtelse att skicka och larm/rapport-uppdateringar',
    corrected: 'tillåtelse att skicka larm/rapport-uppdateringar',
    reason: { sv: 'Ett överflödigt ”och”.', en: 'A stray “och” (and).' },
  },
  {
    sectionId: 'third-parties',
    original: 'skickas ditt e-mailadress',
    corrected: 'skickas din e-mailadress',
    reason: { sv: 'Fel genus: det heter ”din e-mailadress”.', en: 'Wrong grammatical gender of the pronoun.' },
  },
  {
    sectionId: 'third-parties',
    original: 'annan informationen om dig',
    corrected: 'annan information om dig',
    reason: { sv: 'Fel form: obestämd form efter ”annan”.', en: 'Wrong form: indefinite after “annan” (other).' },
  },
  {
    sectionId: 'future-changes',
    original: 'Alla ändringar av denna Integritetspolicy',
    corrected: 'Alla ändringar av denna integritetspolicy',
    reason: { sv: 'Versal mitt i meningen.', en: 'A capital letter mid-sentence.' },
  },
  {
    sectionId: 'references',
    original: 'Svenska Hostingleverantören – City Networks',
    corrected: 'Svenska Hostingleverantören – City Network',
    reason: { sv: 'Företaget heter City Network.', en: 'The company is called City Network.' },
  },
  {
    sectionId: 'references',
    original: 'Externa bokföringssystem – Visma SPCS; Extern Nyhetsbrevtjänst – Mailchimp',
    corrected: 'Externa bokföringssystemet – Visma SPCS; Extern nyhetsbrevstjänst – Mailchimp',
    reason: {
      sv: 'Samma namn som i texten ovan (”Externa bokföringssystemet”, ”Extern nyhetsbrevstjänst”).',
      en: 'The same names as in the text above.',
    },
  },
  {
    sectionId: 'references',
    original: '« Tillbaka',
    corrected: '',
    reason: {
      sv: 'Webbplatsens tillbaka-länkar är navigering, inte policytext, och ingår inte.',
      en: 'The website’s back links are navigation, not policy text, and are left out.',
    },
  },
];

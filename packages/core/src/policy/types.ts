import type { PrivacyLocale } from '../i18n/types';

/** A text in each language the kit ships. Policy data uses it wherever a text is not already per locale. */
export type LocalizedText = Readonly<Record<PrivacyLocale, string>>;

/** The stable id of each policy section; also its anchor (`#cookies`) on the policy page. */
export type PolicySectionId =
  | 'personal-data'
  | 'free-text-fields'
  | 'retention'
  | 'third-parties'
  | 'storage'
  | 'mailings'
  | 'cookies'
  | 'correction'
  | 'future-changes'
  | 'references';

/** One paragraph of policy text (plain text: the page never renders it as HTML). */
export interface PolicyParagraph {
  readonly kind: 'paragraph';
  readonly text: string;
}

/** A bulleted list. `isFilledInByProject` marks the lists lost from the seed that the project filled in. */
export interface PolicyList {
  readonly kind: 'list';
  /** Stable id of the list, the same in every language. */
  readonly id: string;
  readonly items: readonly string[];
  /** True when Loggamera has not yet confirmed this content: the project wrote it (see docs/policy-content.md). */
  readonly isFilledInByProject: boolean;
}

/** Where the subprocessor table (from `subprocessors`) appears in the text. */
export interface PolicySubprocessorTable {
  readonly kind: 'subprocessors';
}

/** Any block a policy section is made of. */
export type PolicyBlock = PolicyParagraph | PolicyList | PolicySubprocessorTable;

/** One section of the policy: an anchor id, its heading and its blocks in order. */
export interface PolicySection {
  readonly id: PolicySectionId;
  readonly heading: string;
  /** True when the seed has no heading here and the project added one (the opening section). */
  readonly isHeadingAddedByProject: boolean;
  readonly blocks: readonly PolicyBlock[];
}

/** The whole privacy policy in one language. Swedish and English have the same sections, blocks and list ids. */
export interface PrivacyPolicyDocument {
  readonly locale: PrivacyLocale;
  readonly title: string;
  readonly sections: readonly PolicySection[];
  /** The closing line after the last section ("Välkommen att kontakta oss…"). */
  readonly closing: string;
}

/** One fix the project made to an obvious slip in the seed text, so Loggamera can review it. */
export interface PolicyTextCorrection {
  /** Where the slip was: a section, or the policy's title. */
  readonly sectionId: PolicySectionId | 'title';
  /** The seed's wording, exactly as given. */
  readonly original: string;
  /** What the Swedish policy data says instead. */
  readonly corrected: string;
  readonly reason: LocalizedText;
}

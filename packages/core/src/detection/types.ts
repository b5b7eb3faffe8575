/** What kind of personal data a finding is. */
export type PersonalDataKind = 'name' | 'phone' | 'email' | 'personal-identity-number' | 'address';

/** One piece of personal data found in a text: UTF-16 offsets into the text, `end` exclusive. */
export interface PersonalDataFinding {
  kind: PersonalDataKind;
  start: number;
  end: number;
  text: string;
  /** How sure the detector is, 0–1; findings below the threshold are not returned. */
  confidence: number;
}

/** Options for `detectPersonalData`. */
export interface DetectPersonalDataOptions {
  /** The text's main language; both languages are always recognised, this only shifts the cues. */
  locale?: 'sv' | 'en';
  /** Findings with a lower confidence are left out (default `defaultDetectionThreshold`). */
  threshold?: number;
  /** Only these kinds are looked for (default: all). */
  kinds?: readonly PersonalDataKind[];
}

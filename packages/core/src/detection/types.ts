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
  /**
   * The text's language, when known. Names, cues and numbers of both languages are always recognised;
   * a name that is an ordinary word only in the other language is then read as a name ("Sten" in an
   * English text, "Will" in a Swedish one). Leave it out for texts that may mix the two.
   */
  locale?: 'sv' | 'en';
  /** Findings with a lower confidence are left out (default `defaultDetectionThreshold`). */
  threshold?: number;
  /** Only these kinds are looked for (default: all). */
  kinds?: readonly PersonalDataKind[];
}

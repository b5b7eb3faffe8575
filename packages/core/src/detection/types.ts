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
   * The text's language, when known. Accepted, and today it changes nothing: names, cues and numbers
   * of both languages are always recognised, because notes mix them. (Reading a word of the other
   * language as a name was tried and measured worse on the blind corpus part; see
   * docs/personal-data-detection.md.)
   */
  locale?: 'sv' | 'en';
  /** Findings with a lower confidence are left out (default `defaultDetectionThreshold`). */
  threshold?: number;
  /** Only these kinds are looked for (default: all). */
  kinds?: readonly PersonalDataKind[];
  /**
   * Texts that are never reported, each compared with a finding's whole text, ignoring case: what a
   * facility calls its units, rooms, sensors and machines (`['Rosen', 'Linnéa', 'Greta']`), or its own
   * switchboard number. A name is also allowed in its genitive (`Linnéas`). The portal knows these
   * names; the detector cannot tell a unit called Linnéa from a person.
   */
  allowList?: readonly string[];
  /**
   * A learned model that reads the words around each capitalised word and rescores the names:
   * `nameContextModel` (about 14 kB gzipped, so it is only bundled when passed). It finds names the
   * rules miss (`Reported by Amara Nwosu via the portal`) and keeps out things the rules take for
   * people (`Fläkt F3 (kallas Greta av oss)`); see docs/personal-data-detection.md.
   */
  contextModel?: PersonalDataContextModel;
}

/**
 * Rescores the name findings of a text (see `DetectPersonalDataOptions.contextModel`): called by
 * `detectPersonalData` with every finding of the rules, before the threshold, it may change their
 * confidence and add names. Not meant to be called directly. (A function, not an object with a method:
 * the call costs the detector's bundle a few bytes less, and its budget is full.)
 */
export type PersonalDataContextModel = (text: string, found: PersonalDataFinding[]) => void;

/** The finding of `kind` over `text` from `start` to `end` (one helper, so the bundle spells it once). */
export const finding = (
  kind: PersonalDataKind,
  text: string,
  start: number,
  end: number,
  confidence: number,
): PersonalDataFinding => ({ kind, start, end, text: text.slice(start, end), confidence });

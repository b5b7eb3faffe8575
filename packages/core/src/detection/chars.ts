// Character classes by char code: the detector walks the text once and never backtracks.

/**
 * `text.charCodeAt(i)`, written once: the rules read the text by char code in hundreds of places, and
 * a call by this short name keeps the shipped bundle smaller (0.3 kB gzipped) than the method
 * written out each time. Engines inline it where the caller is small enough; the tokenizer's loop
 * (detect.ts) and the per-character helpers of names.ts (`isSpaceAt`, `isLetterAt` …), which run on
 * nearly every character, write `text.charCodeAt` out: a CPU profile showed the call not inlined there,
 * and written out the detector measured 4% faster for 8 bytes (twenty-sixth session).
 */
export const codeAt = (text: string, i: number): number => text.charCodeAt(i);

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const letterPattern = /\p{L}/u;

/** Letters of any script; the common Latin ranges are decided without a regular expression. */
export function isLetter(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c < 0x250) return c >= 0xc0 ? c !== 0xd7 && c !== 0xf7 : c === 0xaa || c === 0xb5 || c === 0xba;
  return isOtherLetter(c);
}

// Kept apart so isLetter stays small enough to be inlined into the tokenizer's loop.
function isOtherLetter(c: number): boolean {
  if (c >= 0xd800 && c <= 0xdfff) return false;
  // punctuation (– — ’ “ …), currency (€) and arrows, maths, shapes and dingbats hold no letters: common
  // in notes, and cheaper decided here than by the pattern (chars.test.ts checks every one of them)
  if ((c >= 0x2000 && c <= 0x206f) || (c >= 0x20a0 && c <= 0x20cf) || (c >= 0x2190 && c <= 0x2bff)) return false;
  return letterPattern.test(String.fromCharCode(c));
}

/** The lowercase char code of a letter (A-Z and Latin-1 by arithmetic, the rest by the engine). */
export function foldCase(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 32;
  if (c < 0x100) return c;
  const lower = String.fromCharCode(c).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : c;
}

export function isUpper(c: number): boolean {
  return foldCase(c) !== c;
}

/** Spaces that may sit between the parts of a phone number or a name. */
export function isSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 9;
}

/** FNV-1a, the hash the tokenizer computes while it reads a word (lowercase): no string is made. */
export const HASH_SEED = 0x811c9dc5 | 0;
export function hashStep(hash: number, foldedCode: number): number {
  return Math.imul(hash ^ foldedCode, 16777619);
}

export function hashWord(lowercase: string): number {
  let hash = HASH_SEED;
  for (let i = 0; i < lowercase.length; i += 1) hash = hashStep(hash, lowercase.charCodeAt(i));
  return hash;
}

/** The hash of the lowercase letters from `p` (at most 24), as hashWord gives it: no string is made. */
export function hashLettersAt(text: string, p: number): number {
  let hash = HASH_SEED;
  for (let q = p; q < text.length && q - p < 24; q += 1) {
    const c = text.charCodeAt(q);
    if (!isLetter(c)) break;
    hash = hashStep(hash, foldCase(c));
  }
  return hash;
}

/** The lowercase hash of the word from `start` to `end` with its diacritics dropped, å, ä and ö kept. */
export function hashWithoutDiacritics(text: string, start: number, end: number): number {
  let hash = HASH_SEED;
  for (let p = start; p < end; p += 1) {
    let c = foldCase(text.charCodeAt(p));
    // (ł and ø have no decomposition)
    if (c === 0x142) c = 108;
    else if (c === 0xf8) c = 111;
    else if (c >= 0xe0 && c !== 0xe5 && c !== 0xe4 && c !== 0xf6)
      c = String.fromCharCode(c).normalize('NFD').charCodeAt(0);
    hash = hashStep(hash, c);
  }
  return hash;
}

/** The text from `start` to `end` ends with `suffix` (lowercase), compared without case. */
export function endsWithFolded(text: string, start: number, end: number, suffix: string): boolean {
  const n = suffix.length;
  if (end - start < n) return false;
  for (let k = 1; k <= n; k += 1) {
    if (foldCase(text.charCodeAt(end - k)) !== suffix.charCodeAt(n - k)) return false;
  }
  return true;
}

/**
 * A test for whether a word (text from `start` to `end`) ends with one of `endings` (lowercase),
 * without case. The endings are grouped by their last two letters, so a word is compared with the
 * few that could match, not with all of them.
 */
export function suffixTest(endings: readonly string[]): (text: string, start: number, end: number) => boolean {
  // (an ending written "=bar" matches the whole word only)
  const byLastTwo = new Map<number, string[]>();
  for (const ending of endings) {
    const key = (ending.charCodeAt(ending.length - 2) << 16) | ending.charCodeAt(ending.length - 1);
    byLastTwo.set(key, [...(byLastTwo.get(key) ?? []), ending]);
  }
  return (text, start, end) => {
    if (end - start < 2) return false;
    const key = (foldCase(text.charCodeAt(end - 2)) << 16) | foldCase(text.charCodeAt(end - 1));
    const candidates = byLastTwo.get(key);
    if (candidates === undefined) return false;
    for (const ending of candidates) {
      if (ending.charCodeAt(0) === 61) {
        if (end - start === ending.length - 1 && endsWithFolded(text, start, end, ending.slice(1))) return true;
      } else if (endsWithFolded(text, start, end, ending)) return true;
    }
    return false;
  };
}

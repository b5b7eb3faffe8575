import { codeAt, foldCase, HASH_SEED, hashStep, hashWithoutDiacritics, isLetter, isSpace } from './chars';
import { findEmails } from './email';
import {
  APARTMENT,
  BRAND,
  CALENDAR,
  FIRST,
  filterBit,
  filterWord,
  getHashedLexicon,
  getSurnameEnds,
  getSurnameEnds3,
  lookupHash,
  PLACE,
  ROLE,
  STRONG,
  SURNAME,
  TITLE,
  WORD,
} from './lexicon';
import {
  findAddresses,
  findNames,
  HINT_HYPHEN,
  HINT_RULE,
  HINT_SLASH,
  HINT_SON,
  HINT_STREET,
  readPostcodeAndTown,
  streetSuffixes,
  type Tokens,
} from './names';
import { scanNumberRun } from './numbers';
import type { DetectPersonalDataOptions, PersonalDataFinding, PersonalDataKind } from './types';

/** The confidence a finding needs to be returned when no `threshold` is given. */
export const defaultDetectionThreshold = 0.5;

// When two findings overlap, the more specific kind wins, then the more confident one.
const kindRank: Record<PersonalDataKind, number> = {
  email: 0.4,
  'personal-identity-number': 0.3,
  phone: 0.2,
  address: 0.1,
  name: 0,
};

// How words end, by their last two letters (codes below 256): a table look-up per word gives the hints.
const END_STREET = 1;
const END_SURNAME = 2;
const END_SON = 4;
const SON_END = (115 << 20) | (111 << 10) | 110;
const pairIndex = (a: number, b: number) => ((a & 255) << 8) | (b & 255);
let endTable: Uint8Array | undefined;
// …and by their last three letters, packed (a << 20 | b << 10 | c; a = 0 for a two-letter ending), to
// confirm a street or a surname ending: a small open-addressing table of exact keys (0 = empty), read in
// a step or two (a Set's look-up is a call).
const END3_STREET = 1;
const END3_SURNAME = 2;
const END3_SLOTS = 512;
const end3Keys = new Int32Array(END3_SLOTS);
const end3Flags = new Uint8Array(END3_SLOTS);
// the top 9 bits of a multiplicative hash
const end3Slot = (end3: number) => Math.imul(end3, 0x9e3779b1) >>> 23;
const packEnd3 = (s: string) =>
  (s.charCodeAt(s.length - 3) << 20) | (s.charCodeAt(s.length - 2) << 10) | s.charCodeAt(s.length - 1);

function markEnd3(end3: number, flag: number): void {
  let slot = end3Slot(end3);
  while (end3Keys[slot] !== 0 && end3Keys[slot] !== end3) slot = (slot + 1) & (END3_SLOTS - 1);
  end3Keys[slot] = end3;
  end3Flags[slot] = (end3Flags[slot] as number) | flag;
}

function end3FlagsOf(end3: number): number {
  for (let slot = end3Slot(end3); ; slot = (slot + 1) & (END3_SLOTS - 1)) {
    const key = end3Keys[slot] as number;
    if (key === end3) return end3Flags[slot] as number;
    if (key === 0) return 0;
  }
}

function getEndTable(): Uint8Array {
  if (!endTable) {
    const table = new Uint8Array(65536);
    const mark = (index: number, bit: number) => {
      table[index] = (table[index] as number) | bit;
    };
    for (const s of streetSuffixes) mark(pairIndex(s.charCodeAt(s.length - 2), s.charCodeAt(s.length - 1)), END_STREET);
    for (const end of getSurnameEnds()) mark(pairIndex(end >> 10, end & 1023), END_SURNAME);
    mark(pairIndex(111, 110), END_SON); // -on, for -son
    for (const s of streetSuffixes) markEnd3(packEnd3(s), END3_STREET);
    for (const end3 of getSurnameEnds3()) markEnd3(end3, END3_SURNAME);
    endTable = table;
  }
  return endTable;
}

/**
 * A Latin letter with a diacritic that Swedish does not write (not å, ä or ö): from à to ʯ, and the
 * Vietnamese letters of Latin Extended Additional (Hương, Tuấn; and Romanian, Ionuț, since the
 * twenty-seventh session). Not the letters of other scripts, which have no diacritics to drop: a word
 * in Arabic or Chinese would only pay for the look-up (1.8× the time of such text).
 */
function isForeignLetter(c: number): boolean {
  const lower = foldCase(c);
  return (
    lower !== 0xe5 &&
    lower !== 0xe4 &&
    lower !== 0xf6 &&
    lower >= 0xe0 &&
    lower !== 0xf7 &&
    (lower < 0x2b0 || (lower >= 0x1e00 && lower < 0x1f00))
  );
}

function isSentenceBreak(c: number): boolean {
  // . ! ? newline, bullets and quotes open a sentence, and a table's '|' a cell
  return c === 46 || c === 33 || c === 63 || c === 10 || c === 13 || c === 0x2022 || c === 42 || c === 34 || c === 124;
}

// Reused between calls: the detector runs on every keystroke, so it allocates little.
const tokens: Tokens = {
  count: 0,
  start: new Int32Array(256),
  end: new Int32Array(256),
  hashFlags: new Int32Array(256),
  caps: new Uint8Array(256),
  sentenceStart: new Uint8Array(256),
  hint: new Uint8Array(256),
  isShouting: false,
  mayHaveAddress: false,
};

/** Makes the reused arrays long enough for every word of a text of `length` characters. */
function reserveTokens(length: number): void {
  // (a word and the character after it: at most half the text, rounded up)
  const size = (length + 1) >> 1;
  if (tokens.start.length >= size) return;
  tokens.start = new Int32Array(size);
  tokens.end = new Int32Array(size);
  tokens.hashFlags = new Int32Array(size);
  tokens.caps = new Uint8Array(size);
  tokens.sentenceStart = new Uint8Array(size);
  tokens.hint = new Uint8Array(size);
}

const NAME_FLAGS = FIRST | SURNAME;
// A capitalised genitive of a name (Annas, Johanssons) is read as the name, of a brand as the brand
// ("Schindlers larmcentral").
const genitive = (flags: number) =>
  // (a brand's genitive, and a weekday's plural: "Mondays 07:00")
  flags & (BRAND | CALENDAR)
    ? flags & (BRAND | CALENDAR)
    : flags & NAME_FLAGS
      ? flags & (NAME_FLAGS | WORD | PLACE | STRONG)
      : 0;

// Whether the text last tokenized has an '@': the tokenizer sees every character anyway, so the e-mail
// rule runs only when there is one (cheaper than a search of its own on every call).
let hasAtSign = false;

function tokenize(text: string, wantNumbers: boolean, out: PersonalDataFinding[]): Tokens {
  const lexicon = getHashedLexicon();
  const ends = getEndTable();
  const { filter, keys, values, mask } = lexicon;
  const len = text.length;
  reserveTokens(len);
  const { start: starts, end: ends_, hashFlags, caps, hint: hints, sentenceStart } = tokens;
  let count = 0;
  let mayHaveAddress = false;
  let letters = 0;
  let capitals = 0;
  let sentence = 1;
  let atSign = false;
  // where the last '/' ends (a word starting there may be a signature: "/Sten")
  let afterSlash = -1;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      // ("/ Gunilla", "// Farid": a signature with a space after its slash)
      if (afterSlash === i) afterSlash = i + 1;
      i += 1;
      continue;
    }
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 128 && isLetter(c))) {
      const s = i;
      let folded = c < 128 ? c | 32 : foldCase(c);
      let uppers = folded !== c ? 1 : 0;
      let hash = hashStep(HASH_SEED, folded);
      let stemHash = 0;
      // (and one more before it, for an English genitive: "Karen's")
      let stemHash2 = 0;
      let hyphen = 0;
      // the two folded characters before the last one (0 before the word's start), for its ending
      let before1 = 0;
      let before2 = 0;
      // a letter with a diacritic other than å, ä and ö (Raúl, Martínez, Zieliński, Krüger)
      let isForeign = c >= 128 && isForeignLetter(c);
      i += 1;
      while (i < len) {
        const d = text.charCodeAt(i);
        let next: number;
        if (d >= 97 && d <= 122) {
          next = d;
        } else if ((d >= 65 && d <= 90) || (d >= 128 && isLetter(d))) {
          next = d < 128 ? d | 32 : foldCase(d);
          if (next !== d) uppers += 1;
          if (d >= 128 && !isForeign) isForeign = isForeignLetter(d);
        } else if ((d === 45 || d === 39 || d === 0x2019) && i + 1 < len && isLetter(text.charCodeAt(i + 1))) {
          next = d;
          if (d === 45) hyphen = HINT_HYPHEN;
        } else break;
        before2 = before1;
        before1 = folded;
        folded = next;
        stemHash2 = stemHash;
        stemHash = hash;
        hash = hashStep(hash, next);
        i += 1;
      }
      const wordLength = i - s;
      letters += wordLength;
      capitals += uppers;
      const wordSentence = sentence;
      sentence = 0;
      // a word in the lexicon (the hash table, probed inline when the filter lets the word through)
      let flags = 0;
      if (((filter[filterWord(hash)] as number) & filterBit(hash)) !== 0) {
        const key = hash === -1 ? -2 : hash + 1;
        for (let slot = (hash ^ (hash >>> 15)) & mask; ; slot = (slot + 1) & mask) {
          const k = keys[slot] as number;
          if (k === key) {
            flags = values[slot] as number;
            break;
          }
          if (k === 0) break;
        }
      }
      const isFirstUpper = c < 128 ? c <= 90 : foldCase(c) !== c;
      // …or without its diacritics, as the lists spell many names from elsewhere ("Raúl" as "raul")
      // (in lowercase too: "josé sa att …")
      if (flags === 0 && isForeign) flags = lookupHash(lexicon, hashWithoutDiacritics(text, s, i));
      // a South Slavic surname, by its last letter: Ilić, Jovanović, Kovač; or a Baltic name:
      // Kazlauskienė, Dovilė, Bērziņš
      if (
        flags === 0 &&
        isFirstUpper &&
        (folded === 0x107 || folded === 0x10d || folded === 0x117 || folded === 0x161) &&
        wordLength >= 4
      )
        flags = SURNAME | STRONG;
      // …or the genitive of one (Annas, Johanssons, Karen's; and, as people write it, of a name ending in
      // s: "Jonass matlåda", "Larss idé"; "Class", of Clas, is listed as a word)
      if (flags === 0 && folded === 115 && isFirstUpper && wordLength >= 4) {
        const isEnglish = before1 === 39 || before1 === 0x2019;
        flags = genitive(lookupHash(lexicon, isEnglish ? stemHash2 : stemHash));
        // (…without its diacritics: "Linnéas", "Ramóns")
        if (flags === 0 && isForeign)
          flags = genitive(lookupHash(lexicon, hashWithoutDiacritics(text, s, isEnglish ? i - 2 : i - 1)));
      }
      // how the word ends (the last three letters, lowercase; 0 before the start of the word)
      let hint = afterSlash === s ? hyphen | HINT_SLASH : hyphen;
      const c3 = folded;
      const c2 = before1;
      const last2 = c2 < 256 && c3 < 256 ? (ends[pairIndex(c2, c3)] as number) : 0;
      // (the surname hints matter only for capitalised words: lowercase ones need -son or a street)
      if (last2 !== 0 || (c3 === 115 && isFirstUpper)) {
        const c1 = before2;
        if (c1 < 1024 && c2 < 1024 && c3 < 1024) {
          const end3 = (c1 << 20) | (c2 << 10) | c3;
          if (last2 & END_STREET && end3FlagsOf(end3) & END3_STREET) hint |= HINT_STREET;
          if (end3 === SON_END) hint |= HINT_SON;
          if (isFirstUpper) {
            // (the surname ending may be two letters long: -by)
            if (last2 & END_SURNAME && (end3FlagsOf(end3) | end3FlagsOf(end3 & 0xfffff)) & END3_SURNAME)
              hint |= HINT_RULE;
            // a genitive of a built surname: Lindqvists
            if (c3 === 115 && c1 < 256 && c2 < 256 && (ends[pairIndex(c1, c2)] as number) & END_SURNAME)
              hint |= HINT_RULE;
          }
        }
      }
      // A lowercase word outside the lexicon that ends like neither a street nor a -son name can take
      // no part in a name or an address: it is not stored (the rules see the gap it leaves, so words on
      // either side of it are not taken as neighbours).
      if (
        !isFirstUpper &&
        flags === 0 &&
        // …or has a hyphen ("lars-erik": a double first name in lowercase)
        !(hint & (HINT_SON | HINT_STREET | HINT_HYPHEN)) &&
        // …unless it follows a title ("fru berglund") or a signature's slash ("/kicki")
        !(count > 0 && (hashFlags[count - 1] as number) & TITLE && s - (ends_[count - 1] as number) <= 2) &&
        !(hint & HINT_SLASH)
      )
        continue;
      starts[count] = s;
      ends_[count] = i;
      // ("HR": a title in capitals is an abbreviation, a department's: "av HR. Ersättning …")
      hashFlags[count] = wordLength === 2 && uppers === 2 && flags & TITLE ? ROLE : flags;
      // 0 lowercase (or iPhone), 1 Capitalised (or McDonald, Anna-Karin), 2 ALL CAPS or a lone capital
      caps[count] = !isFirstUpper ? 0 : wordLength === 1 || (uppers > 1 && uppers * 2 > wordLength) ? 2 : 1;
      hints[count] = hint;
      if (hint & HINT_STREET || flags & APARTMENT) mayHaveAddress = true;
      sentenceStart[count] = wordSentence;
      count += 1;
    } else if (c >= 48 && c <= 57) {
      // ", 931 97 Skellefteå": a postcode and town, after an address (names.ts)
      if (!mayHaveAddress && i > 1 && codeAt(text, i - 2) === 44 && readPostcodeAndTown(text, i) > 0)
        mayHaveAddress = true;
      i = wantNumbers ? scanNumberRun(text, i, out) : i + 1;
      sentence = 0;
    } else {
      if (isSentenceBreak(c)) sentence = 1;
      else if (c === 64) atSign = true;
      // "(at)" and "[at]" stand for an '@' in addresses written to fool harvesters
      else if ((c === 40 || c === 91) && (codeAt(text, i + 1) | 32) === 97 && (codeAt(text, i + 2) | 32) === 116) {
        if (codeAt(text, i + 3) === (c === 40 ? 41 : 93)) atSign = true;
      } else if (c === 47 || ((c === 0x2013 || c === 0x2014) && isSpace(codeAt(text, i - 1))))
        // (a dash after a space may start a signature at the text's end too: "… – Gareth")
        afterSlash = i + 1;
      else if (c === 45 && i > 0 && codeAt(text, i - 1) === 10) sentence = 1;
      i += 1;
    }
  }
  tokens.count = count;
  hasAtSign = atSign;
  tokens.mayHaveAddress = mayHaveAddress;
  tokens.isShouting = letters > 0 && capitals > letters * 0.6;
  return tokens;
}

/** Drops the names that overlap an e-mail address (found in text order, disjoint: a binary search each). */
function dropNamesInEmails(found: PersonalDataFinding[]): void {
  const emails = found.filter((f) => f.kind === 'email');
  if (emails.length === 0) return;
  let kept = 0;
  for (const f of found) {
    let isInEmail = false;
    if (f.kind === 'name') {
      // the last address that starts before the name ends
      let low = 0;
      let high = emails.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if ((emails[mid] as PersonalDataFinding).start < f.end) low = mid;
        else high = mid - 1;
      }
      const e = emails[low] as PersonalDataFinding;
      isInEmail = e.start < f.end && f.start < e.end;
    }
    if (!isInEmail) found[kept++] = f;
  }
  found.length = kept;
}

/**
 * Finds personal data in free text: names, phone numbers, e-mail addresses, Swedish personal
 * identity numbers and street addresses. Pure and synchronous; linear in the length of the text.
 * Returns the findings at or above the threshold, sorted by position and never overlapping.
 * @example
 * detectPersonalData('Ring hyresgäst Andersson på 070-123 45 67');
 * // [{ kind: 'name', text: 'Andersson', … }, { kind: 'phone', text: '070-123 45 67', … }]
 */
export function detectPersonalData(text: string, options?: DetectPersonalDataOptions): PersonalDataFinding[] {
  const found = detect(text, options);
  const allowList = options?.allowList;
  if (!allowList?.length || found.length === 0) return found;
  const allowed = new Set(allowList.map((entry) => entry.trim().toLowerCase()));
  return found.filter((f) => {
    const lower = f.text.toLowerCase();
    // (a name's genitive too: "Linnéas", "Rosen's")
    return !allowed.has(lower) && !(f.kind === 'name' && allowed.has(lower.replace(/['’]?s$/, '')));
  });
}

function detect(text: string, options?: DetectPersonalDataOptions): PersonalDataFinding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const threshold = options?.threshold ?? defaultDetectionThreshold;
  const kinds = options?.kinds;
  const wants = (kind: PersonalDataKind) => !kinds || kinds.includes(kind);
  const found: PersonalDataFinding[] = [];
  const wantsNumbers = wants('phone') || wants('personal-identity-number');
  const tokens = tokenize(text, wantsNumbers, found);
  // (e-mail addresses are found after the numbers: no number can have the same span as an e-mail
  // address, which holds an '@', so the order of the findings stays the same once sorted)
  if (hasAtSign && wants('email')) findEmails(text, found);
  // addresses before names: a name rule reads the contact data found so far (numbers, e-mail
  // addresses, street addresses)
  if (tokens.mayHaveAddress) findAddresses(text, tokens, found);
  if (wants('name')) {
    findNames(text, tokens, found, threshold);
    options?.contextModel?.(text, found);
  }
  if (found.length === 0) return [];
  // a word of an e-mail address is no name, whether or not the address is one to warn about
  // ("elansvarig@elektrosvensson.se", a role's address, names no Svensson)
  if (hasAtSign) dropNamesInEmails(found);

  const candidates = found
    .filter((f) => f.confidence >= threshold && wants(f.kind))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  if (candidates.length < 2) return candidates;
  const kept: PersonalDataFinding[] = [];
  for (const f of candidates) {
    // the kept findings that overlap this one are a run at the end (they are sorted and disjoint)
    let first = kept.length;
    while (first > 0 && (kept[first - 1] as PersonalDataFinding).end > f.start) first -= 1;
    let wins = true;
    for (let k = first; k < kept.length && wins; k += 1) {
      const other = kept[k] as PersonalDataFinding;
      if (kindRank[f.kind] + f.confidence <= kindRank[other.kind] + other.confidence) wins = false;
    }
    if (wins) {
      // (setting an array's length is a call into the engine: only when an overlapped finding loses)
      if (first < kept.length) kept.length = first;
      kept.push(f);
    }
  }
  return kept;
}

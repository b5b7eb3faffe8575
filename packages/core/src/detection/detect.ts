import { isDigit, isLetter, isUpper } from './chars';
import { findEmails } from './email';
import { findAddresses, findNames, type Tokens } from './names';
import { scanNumberRun } from './numbers';
import type { DetectPersonalDataOptions, PersonalDataFinding, PersonalDataKind } from './types';

/** The confidence a finding needs to be returned when no `threshold` is given. */
export const defaultDetectionThreshold = 0.5;

const allKinds: readonly PersonalDataKind[] = ['name', 'phone', 'email', 'personal-identity-number', 'address'];

// When two findings overlap, the more specific kind wins, then the more confident one.
const kindRank: Record<PersonalDataKind, number> = {
  email: 0.4,
  'personal-identity-number': 0.3,
  phone: 0.2,
  address: 0.1,
  name: 0,
};

function isSentenceBreak(c: number): boolean {
  // . ! ? newline, bullets and quotes open a sentence
  return c === 46 || c === 33 || c === 63 || c === 10 || c === 13 || c === 0x2022 || c === 42 || c === 34;
}

function tokenize(text: string, wantNumbers: boolean, out: PersonalDataFinding[]): Tokens {
  const tokens: Tokens = {
    count: 0,
    start: [],
    end: [],
    lower: [],
    caps: [],
    sentenceStart: [],
    isShouting: false,
  };
  let letters = 0;
  let capitals = 0;
  const len = text.length;
  let sentence = true;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) {
      const s = i;
      let uppers = isUpper(c) ? 1 : 0;
      i += 1;
      while (i < len) {
        const d = text.charCodeAt(i);
        if (isLetter(d)) {
          if (d < 128 ? d <= 90 : isUpper(d)) uppers += 1;
          i += 1;
        } else if ((d === 45 || d === 39 || d === 0x2019) && i + 1 < len && isLetter(text.charCodeAt(i + 1))) {
          i += 1;
        } else break;
      }
      const k = tokens.count;
      tokens.start[k] = s;
      tokens.end[k] = i;
      tokens.lower[k] = text.slice(s, i).toLowerCase();
      tokens.caps[k] = uppers === 0 ? 0 : uppers === 1 && isUpper(c) && i - s > 1 ? 1 : uppers >= 2 ? 2 : 0;
      if (tokens.caps[k] === 2 && uppers < i - s - 1) tokens.caps[k] = 1; // McDonald, O'Brien
      tokens.sentenceStart[k] = sentence;
      letters += i - s;
      capitals += uppers;
      tokens.count = k + 1;
      sentence = false;
    } else if (isDigit(c)) {
      i = wantNumbers ? scanNumberRun(text, i, out) : i + 1;
      sentence = false;
    } else {
      if (isSentenceBreak(c)) sentence = true;
      else if (c === 45 && sentence === false && i > 0 && text.charCodeAt(i - 1) === 10) sentence = true;
      i += 1;
    }
  }
  tokens.isShouting = letters > 0 && capitals > letters * 0.6;
  return tokens;
}

/**
 * Finds personal data in free text: names, phone numbers, e-mail addresses, Swedish personal
 * identity numbers and street addresses. Pure and synchronous; linear in the length of the text.
 * Returns the findings at or above the threshold, sorted by position and never overlapping.
 * @example
 * detectPersonalData('Ring hyresgäst Andersson på 070-123 45 67');
 * // [{ kind: 'name', text: 'Andersson', … }, { kind: 'phone', text: '070-123 45 67', … }]
 */
export function detectPersonalData(text: string, options: DetectPersonalDataOptions = {}): PersonalDataFinding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const threshold = options.threshold ?? defaultDetectionThreshold;
  const kinds = options.kinds ?? allKinds;
  const found: PersonalDataFinding[] = [];
  if (kinds.includes('email')) findEmails(text, found);
  const wantNumbers = kinds.includes('phone') || kinds.includes('personal-identity-number');
  const tokens = tokenize(text, wantNumbers, found);
  if (kinds.includes('name')) findNames(text, tokens, found);
  if (kinds.includes('address')) findAddresses(text, tokens, found);

  const kept: PersonalDataFinding[] = [];
  const candidates = found
    .filter((f) => f.confidence >= threshold && kinds.includes(f.kind))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  for (const f of candidates) {
    let wins = true;
    while (kept.length > 0) {
      const last = kept[kept.length - 1] as PersonalDataFinding;
      if (last.end <= f.start) break;
      if (kindRank[f.kind] + f.confidence > kindRank[last.kind] + last.confidence) kept.pop();
      else {
        wins = false;
        break;
      }
    }
    if (wins) kept.push({ ...f, confidence: Math.round(f.confidence * 100) / 100 });
  }
  return kept;
}

import { nationalNumber } from '../phone/national-number';
import { codeAt, isDigit, isLetter, isSpace } from './chars';
import { isPersonalIdentityNumber } from './identity-number';
import { phoneMetadata } from './phone-metadata';
import { finding, type PersonalDataFinding } from './types';

// Words right before a number that say what it is. A phone cue raises confidence; any of the others
// (meter, serial, order, ticket, invoice, door code …) says the number is not a phone number.
// ("Handy", German for a mobile phone, since the thirtieth session: it was read as a name before the
// number, "Frau Weber, Handy +49 171 …", 16 false spans on dev–391)
export const phoneCues = new Set(
  'tel tel. tfn telefon kontakt telefonnr telefonnummer mobil mobilnr mobilnummer mob ring ringer ringa sms nummer nr jour jourtelefon jourtel växel vxl phone tel.nr call cell mobile ph fax direkt direktnr direct dir handy'.split(
    ' ',
  ),
);
export const numberAntiCues = new Set(
  'reg. iccid imsi sim mätare mätaren mätarnr mätarnummer mätarställning mätpunkt meter serienr serienummer serial s/n sn snr id art artnr artikelnr order ordernr ordernummer ärende ärendenr ärendenummer ticket case ref referens kod koden portkod larmkod dörrkod code pin imei mac ip faktura fakturanr fakturanummer invoice ocr kundnr kundnummer anl anläggning anläggningsnr anläggnings-id objekt objektnr objektnummer modell model batch lot version v ver fw firmware bankgiro bg plusgiro pg konto kontonr clearing iban org orgnr organisationsnummer reg regnr ean gsrn modbus adress address nod node gateway sensor givare spårnr kolli tracking parcel kortnr tagg bricka'.split(
    ' ',
  ),
);
const identityCues = new Set('pnr personnummer personnr pers.nr samordningsnummer ssn född born'.split(' '));

// libphonenumber-js's answers, remembered: the field re-runs the detector on every keystroke over the
// same numbers. Bounded, and cleared when full.
const answers = new Map<string, number>();
export const VALID = 2;
export const POSSIBLE = 1;

type Type = [string, number[]?] | 0;
type Plan = [string, string, string, number[], unknown, (string | 0)?, unknown?, (string | 0)?, ...unknown[]] & {
  11?: Type[] | 0;
};
const plans = phoneMetadata.countries as unknown as Record<string, Plan>;
const swedishPlan = plans.SE as Plan;
const swedishPattern = new RegExp(`^(?:${swedishPlan[2]})$`);
const swedishPrefix = swedishPlan[7] || swedishPlan[5];
const trunkPrefix = swedishPrefix ? new RegExp(`^(?:${swedishPrefix})`) : null;

// A number is judged here as libphonenumber-js's PhoneNumber judges it (isValid, isPossible) with the
// shipped metadata, read as its Metadata class reads the "min" format (version 4): a plan is [calling
// code, international prefix, number pattern, possible lengths, …, number types at 11], a type is
// [pattern, possible lengths?]. Neither class is imported: PhoneNumber brings its formatting and
// country-guessing code along (3.9 kB gzipped of the detector's 40), Metadata its validation messages
// (2.6 kB), and a yes or no needs neither. numbers.test.ts holds every answer to
// parsePhoneNumberFromString, with the same metadata, on generated numbers.
const callingCodes = phoneMetadata.country_calling_codes as Record<string, string[]>;
const patterns = new Map<string, RegExp>();
function matchesEntirely(digits: string, pattern: string): boolean {
  let re = patterns.get(pattern);
  if (!re) {
    re = new RegExp(`^(?:${pattern})$`);
    patterns.set(pattern, re);
  }
  return re.test(digits);
}

/**
 * VALID, POSSIBLE or 0 for a national number after its calling code, as libphonenumber-js's
 * PhoneNumber says (isValid: the plan's pattern and, where the plan has types, one type's lengths, or
 * else the plan's, and pattern; isPossible: one of the plan's lengths).
 */
function judge(country: string, national: string): number {
  const plan = plans[country] as Plan;
  const lengths = plan[3];
  const types = plan[11] || [];
  const valid =
    matchesEntirely(national, plan[2]) &&
    (!types.length ||
      types.some(
        (type) =>
          !!type && !!type[0] && (type[1] || lengths).includes(national.length) && matchesEntirely(national, type[0]),
      ));
  if (valid) return VALID;
  return lengths.includes(national.length) ? POSSIBLE : 0;
}

/**
 * libphonenumber-js's answer for a Swedish number written nationally (only digits, the trunk 0 first,
 * not 00).
 * Its parser would spend most of its time on what such a string cannot hold (formatting, extensions,
 * calling codes), so the trunk 0 comes off here exactly where the parser takes it off (nationalNumber,
 * shared with the booking form's check), and the rest is judged as above.
 */
function checkSwedishNational(digits: string): number {
  return judge('SE', nationalNumber(digits, swedishPattern, swedishPlan[3], trunkPrefix));
}

// the trunk 0, then not another 0 (00 is the international prefix), 3 to 12 digits in all
const isSwedishNational = (digits: string) =>
  digits.length >= 3 && digits.length <= 12 && digits.charCodeAt(0) === 48 && digits.charCodeAt(1) !== 48;

/** The trunk prefix a country dials at home ('0' in Sweden, '1' in the US; none in Norway). */
function trunkPrefixOf(country: string): string {
  return (plans[country]?.[5] as string | undefined) || '';
}

/**
 * libphonenumber-js's answer for a number in E.164 form ("+" and digits): the calling code is the
 * shortest known one of 1 to 3 digits, as its PhoneNumber takes it, and the plan is its main
 * country's; the digits are already clean, so its parser (a third of its code, and most of its time)
 * is not needed. A trunk 0 written after the calling code ("+44 020 …", "+46 070 …") comes off, as the
 * parser takes it off.
 */
function checkInternational(e164: string): number {
  // (no calling code starts with 0)
  if (e164.charCodeAt(1) === 48) return 0;
  for (let length = 1; length <= 3 && length < e164.length - 1; length += 1) {
    const country = callingCodes[e164.slice(1, 1 + length)]?.[0];
    if (!country) continue;
    const national = e164.slice(1 + length);
    const answer = judge(country, national);
    if (answer === VALID) return VALID;
    const trunk = trunkPrefixOf(country);
    if (trunk && national.startsWith(trunk) && national.length > trunk.length) {
      const withoutTrunk = judge(country, national.slice(trunk.length));
      if (withoutTrunk !== 0) return withoutTrunk;
    }
    return answer;
  }
  return 0; // no known calling code, or nothing after it
}

/**
 * VALID, POSSIBLE or 0: what libphonenumber-js says of these digits: E.164 ("+" and digits), or
 * written nationally in Sweden ('SE') or Britain ('GB').
 */
export function phoneAnswer(digits: string, country: 'SE' | 'GB' | undefined): number {
  const key = country ? country + digits : digits;
  let answer = answers.get(key);
  if (answer === undefined) {
    if (answers.size >= 1000) answers.clear();
    if (country === 'SE') answer = isSwedishNational(digits) ? checkSwedishNational(digits) : 0;
    // (a British number written nationally: its trunk 0 off, the calling code on)
    else if (country === 'GB') answer = digits.charCodeAt(0) === 48 ? checkInternational(`+44${digits.slice(1)}`) : 0;
    else answer = digits.charCodeAt(0) === 43 ? checkInternational(digits) : 0;
    answers.set(key, answer);
  }
  return answer;
}

/** Forgets libphonenumber-js's remembered answers (for benchmarks that measure a cold start). */
export function clearPhoneAnswers(): void {
  if (answers.size > 0) answers.clear();
}

interface Group {
  start: number;
  end: number;
}

const MAX_GROUP = 12;
const MAX_DIGITS = 15;

/**
 * The lowercase word that ends at or just before `pos` (skipping spaces, ':' and '#'), or ''; through
 * "no"/"nr" to the word before it when that one says the number is not a phone number.
 */
export function wordBefore(text: string, pos: number): string {
  const word = wordEndingAt(text, pos);
  // "Reg no 0881…", "org nr 556…": what the number is, is said by the word before "no"
  if (word === 'no' || word === 'nr' || word === 'number' || word === 'nummer') {
    const further = wordEndingAt(text, wordStart);
    // "Personal ID no:": a person's identity number, unless the word before "ID" is a device's
    // ("Sensor ID no")
    if (further === 'id') {
      const owner = wordEndingAt(text, wordStart);
      return numberAntiCues.has(owner) ? owner : 'pnr';
    }
    if (numberAntiCues.has(further)) return further;
    // "Elmätare nr …", "värmemätarens nr": a compound of a meter word
    if (further.includes('mätar')) return 'mätare';
    // "company no.", "VAT nr": a registration number ("company 020-…" alone is the company's phone)
    if (further === 'company' || further === 'vat' || further === 'företag' || further === 'registration') return 'reg';
    // "customer number", "kund nr"
    if (further === 'customer' || further === 'kund' || further === 'account') return 'kundnr';
  }
  // "Mätar-ID", "kund-nr": a compound says it with its last part (the last '-' is looked for by hand:
  // lastIndexOf is a call into the engine's runtime)
  let dash = word.length - 1;
  while (dash >= 0 && word.charCodeAt(dash) !== 45) dash -= 1;
  if (dash > 0 && numberAntiCues.has(word.slice(dash + 1))) return word.slice(dash + 1);
  // "art.nr": the word before the dot says it
  if (word.endsWith('.nr') && numberAntiCues.has(word.slice(0, -3))) return word.slice(0, -3);
  // "Elmätare 7350 0123 …", "värmemätaren": a compound of a meter word
  return word.includes('mätar') ? 'mätare' : word;
}

let wordStart = 0;
function wordEndingAt(text: string, pos: number): string {
  let e = pos;
  while (e > 0) {
    const c = codeAt(text, e - 1);
    if (isSpace(c) || c === 58 || c === 35 || c === 46) e -= 1;
    else break;
  }
  let s = e;
  while (s > 0 && e - s < 30) {
    const c = codeAt(text, s - 1);
    if (isLetter(c) || c === 47 || c === 46 || c === 45) s -= 1;
    else break;
  }
  wordStart = s;
  return text.slice(s, e).toLowerCase();
}

function isDate(text: string, groups: Group[], a: number, b: number): boolean {
  if (b - a !== 2) return false;
  const lens = [0, 1, 2].map((k) => (groups[a + k] as Group).end - (groups[a + k] as Group).start);
  const n = (k: number) => Number(text.slice((groups[a + k] as Group).start, (groups[a + k] as Group).end));
  // separators must be plain dashes or slashes
  for (let k = a; k < b; k += 1) {
    const sep = text.slice((groups[k] as Group).end, (groups[k + 1] as Group).start);
    if (sep !== '-' && sep !== '/') return false;
  }
  if (lens[0] === 4 && lens[1] === 2 && lens[2] === 2) return n(1) >= 1 && n(1) <= 12 && n(2) >= 1 && n(2) <= 31;
  if (lens[0] === 2 && lens[1] === 2 && (lens[2] === 4 || lens[2] === 2)) {
    return n(0) >= 1 && n(0) <= 31 && n(1) >= 1 && n(1) <= 12;
  }
  return false;
}

/**
 * Finds phone numbers and personal identity numbers. Runs of digits with single separators are read
 * once; each possible start tries at most a few windows of at most 15 digits, longest first, so the
 * work stays linear however long the run. libphonenumber-js only sees windows that passed the cheap
 * checks (a trunk 0, a + or 00, a plausible length).
 */
// Where the digit groups of the run being read start and end (reused: most runs are not kept).
const groupStarts: number[] = [];
const groupEnds: number[] = [];

export function scanNumberRun(text: string, i: number, out: PersonalDataFinding[]): number {
  const len = text.length;
  let count = 0;
  const runStart = i;
  let pos = i;
  let tooLong = false;
  // "070.412.55.90", "+40.744.512.093": a number written with dots (only after a first group 07x or a
  // calling code, so dates, times, decimals and versions stay out)
  let dotted = false;
  while (pos < len) {
    const s = pos;
    while (pos < len && isDigit(codeAt(text, pos))) pos += 1;
    // "0046707334120", "+4917623458810": the international prefix 00 or a '+' and up to 15 digits,
    // written without a space
    const isInternational = (codeAt(text, s) === 48 && codeAt(text, s + 1) === 48) || codeAt(text, s - 1) === 43;
    if (pos - s > (isInternational ? MAX_DIGITS + 2 : MAX_GROUP)) tooLong = true;
    if (count < 65) {
      groupStarts[count] = s;
      groupEnds[count] = pos;
    }
    count += 1;
    // a separator: up to three of space, '-', '–', '(', ')' followed by a digit or '+'
    let q = pos;
    let dashes = 0;
    while (q < len && q - pos < 3) {
      const c = codeAt(text, q);
      // (never a tab: "EM-02<tab>13877" is two cells of a pasted table)
      if ((isSpace(c) && c !== 9) || c === 40 || c === 41) q += 1;
      // "070/555 12 12", "08/123 45 67": an area code and a slash, as numbers were once written
      else if (c === 47 && count === 1 && q === pos && codeAt(text, s) === 48 && pos - s >= 2 && pos - s <= 4) q += 1;
      else if (
        c === 46 &&
        q === pos &&
        (dotted ||
          (count === 1 &&
            ((pos - s === 3 && codeAt(text, s) === 48 && codeAt(text, s + 1) === 55) || codeAt(text, s - 1) === 43)))
      ) {
        dotted = true;
        q += 1;
        break;
      } else if (isDash(c)) {
        dashes += 1;
        q += 1;
      } else if (c === 43 && q === pos && pos - s === 6 && isDigit(codeAt(text, q + 1))) {
        q += 1; // YYMMDD+NNNN: a personal identity number of someone 100 or older
        break;
      } else break;
    }
    if (q === pos || q >= len || dashes > 1 || !isDigit(codeAt(text, q))) break;
    // a separator inside a number never has a line break, and never two spaces in a row before '('
    pos = q;
  }
  const runEnd = pos;
  if (tooLong || count > 64) return runEnd;
  // most numbers (years, temperatures, codes) cannot be either: no trunk 0, no +, fewer than 10 digits
  let total = 0;
  let canStart = runStart > 0 && codeAt(text, runStart - 1) === 43;
  for (let k = 0; k < count; k += 1) {
    total += (groupEnds[k] as number) - (groupStarts[k] as number);
    if (codeAt(text, groupStarts[k] as number) === 48) canStart = true;
  }
  // Sweden's short numbers as they are dialled, alone: the police's "114 14", the crisis information's
  // "113 13", Telia's faults "90 200" (not a reading: "90 200 kWh")
  if (
    count === 2 &&
    total === 5 &&
    codeAt(text, groupEnds[0] as number) === 32 &&
    isShortNumber(text, runStart, runEnd)
  ) {
    out.push(finding('phone', text, runStart, runEnd, 0.8));
    return runEnd;
  }
  // a phone number has at least 7 digits, a personal identity number 10
  if (total < 7 || (!canStart && total < 10)) return runEnd;
  const groups: Group[] = [];
  for (let k = 0; k < count; k += 1) groups.push({ start: groupStarts[k] as number, end: groupEnds[k] as number });
  analyse(text, runStart, groups, out);
  return runEnd;
}

function digitsOf(text: string, groups: Group[], a: number, b: number): string {
  let d = '';
  for (let k = a; k <= b; k += 1) {
    const g = groups[k] as Group;
    // "(0)" after a country code is a trunk prefix that is not dialled
    if (k > a && g.end - g.start === 1 && codeAt(text, g.start) === 48 && codeAt(text, g.start - 1) === 40) {
      continue;
    }
    d += text.slice(g.start, g.end);
  }
  return d;
}

function boundaryOk(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const c = codeAt(text, end);
  if (isLetter(c) || isDigit(c)) return false;
  if ((c === 44 || c === 46) && end + 1 < text.length && isDigit(codeAt(text, end + 1))) return false;
  return true;
}

// The word before a position, read once per position of the run being analysed: the run's start, its
// first number's start and the cue checks mostly ask about the same place.
let wordBeforeAt = -1;
let wordBeforeThere = '';
function wordBeforeInRun(text: string, pos: number): string {
  if (pos !== wordBeforeAt) {
    wordBeforeThere = wordBefore(text, pos);
    wordBeforeAt = pos;
  }
  return wordBeforeThere;
}

function startOk(text: string, start: number): boolean {
  if (start === 0) return true;
  const c = codeAt(text, start - 1);
  if (isDigit(c)) return false;
  if ((c === 44 || c === 46) && start > 1 && isDigit(codeAt(text, start - 2))) return false;
  // "00:00 – 2026-11-25": a time's minutes
  if (c === 58 && start > 1 && isDigit(codeAt(text, start - 2))) return false;
  // "WM-01 44120987", "SA-2211": the digits of a code in capitals and a dash
  if (c === 45 && start > 1 && codeAt(text, start - 2) >= 65 && codeAt(text, start - 2) <= 90) return false;
  if (isLetter(c)) {
    const word = wordBeforeInRun(text, start);
    // ("nås på0739904417": a preposition glued to the number)
    return phoneCues.has(word) || identityCues.has(word) || word === 'på';
  }
  return c !== 47 && c !== 64 && c !== 95;
}

function analyse(text: string, runStart: number, groups: Group[], out: PersonalDataFinding[]): void {
  const n = groups.length;
  // a run glued to letters that say nothing of a phone is a code, whole: "IBAN SE72 8000 0832 7900 …"
  if (n > 1 && runStart > 0 && isLetter(codeAt(text, runStart - 1)) && !startOk(text, runStart)) return;
  wordBeforeAt = -1;
  // the word before the run, read only when a number inside the run is classified (dates and codes,
  // whose groups cannot start a number, never need it)
  let runBefore: string | undefined;
  let a = 0;
  while (a < n) {
    const ga = groups[a] as Group;
    // a number starts at the start of the run or after a space, never after a dash inside it
    let start = ga.start;
    let plus = false;
    if (start > 0 && codeAt(text, start - 1) === 43) {
      plus = true;
      start -= 1;
    } else if (start > 0 && codeAt(text, start - 1) === 40 && codeAt(text, ga.end) === 41) {
      start -= 1; // "(08) 123 45 67"
    }
    // "(212) 555-0187": a North American number as it is written there, without +1
    if (start < ga.start && isNorthAmerican(text, groups, a)) {
      const gb = groups[a + 2] as Group;
      const answer = phoneAnswer(`+1${digitsOf(text, groups, a, a + 2)}`, undefined);
      if (answer !== 0) {
        const confidence = numberAntiCues.has(wordBefore(text, start)) ? 0.2 : answer === VALID ? 0.8 : 0.6;
        out.push(finding('phone', text, start, gb.end, confidence));
        a += 3;
        continue;
      }
    }
    // a phone number starts with 0 or +; a personal identity number with a group of 6, 8, 10 or 12 digits
    const length = ga.end - ga.start;
    // (a lone 0 starts no number: "0-4512-889-2" is a meter's)
    const mayStart =
      plus ||
      (codeAt(text, ga.start) === 48 && length > 1) ||
      length === 6 ||
      length === 8 ||
      length === 10 ||
      length === 12;
    // (nor inside a GS1 number, a meter's or an article's: "nr 7350 0122 8844")
    const startsHere =
      mayStart &&
      (a === 0 ? startOk(text, start) : codeAt(text, ga.start - 1) !== 45 && !text.startsWith('735', runStart));
    if (!startsHere) {
      a += 1;
      continue;
    }
    const before = wordBeforeInRun(text, start === runStart || a === 0 ? start : ga.start);
    // (classify reads the run's word only for a number after the run's first group)
    if (a > 0) runBefore ??= wordBeforeInRun(text, runStart);
    let found: PersonalDataFinding | undefined;
    let foundEnd = a;
    let total = 0;
    let last = a;
    for (let b = a; b < n; b += 1) {
      const g = groups[b] as Group;
      total += g.end - g.start;
      if (total > MAX_DIGITS + 1) break;
      last = b;
    }
    for (let b = last; b >= a && !found; b -= 1) {
      const gb = groups[b] as Group;
      if (!boundaryOk(text, gb.end) && b === n - 1) continue;
      const digits = digitsOf(text, groups, a, b);
      const finding = classify(text, start, gb.end, digits, plus, groups, a, b, before, runBefore ?? '');
      if (finding) {
        found = finding;
        foundEnd = b;
      }
    }
    if (found) {
      out.push(found);
      a = foundEnd + 1;
    } else {
      a += 1;
    }
  }
}

/** A hyphen, or a dash a word processor or a phone puts there: non-breaking, figure, en dash, minus. */
const isDash = (c: number) => c === 45 || (c >= 0x2010 && c <= 0x2013) || c === 0x2212;

const shortNumbers = new Set(['114 14', '113 13', '90 200']);
function isShortNumber(text: string, start: number, end: number): boolean {
  if (!shortNumbers.has(text.slice(start, end)) || isDigit(codeAt(text, start - 1))) return false;
  let p = end;
  while (isSpace(codeAt(text, p))) p += 1;
  // (a word may follow, "på 114 14 om …", but not a unit: "114 14 kr", "90 200 kWh")
  return !/^(?:kr|sek|kwh|mwh|st|kg|m)(?![a-zåäö])/i.test(text.slice(p, p + 4));
}

/** "0101–0108", "1001-1506": two groups of the same length, the same first digit, the second larger. */
function isRange(text: string, ga: Group, gb: Group): boolean {
  const length = ga.end - ga.start;
  const dash = codeAt(text, ga.end);
  if (gb.start !== ga.end + 1 || !isDash(dash) || gb.end - gb.start !== length) return false;
  if (length < 3 || codeAt(text, ga.start) !== codeAt(text, gb.start)) return false;
  return Number(text.slice(gb.start, gb.end)) > Number(text.slice(ga.start, ga.end));
}

/** Groups a, a+1, a+2 read "(212) 555-0187": three digits in brackets, then three, a dash and four. */
function isNorthAmerican(text: string, groups: Group[], a: number): boolean {
  if (a + 2 >= groups.length) return false;
  const [ga, gb, gc] = [groups[a] as Group, groups[a + 1] as Group, groups[a + 2] as Group];
  return (
    ga.end - ga.start === 3 &&
    codeAt(text, ga.start - 1) === 40 &&
    text.slice(ga.end, gb.start) === ') ' &&
    gb.end - gb.start === 3 &&
    codeAt(text, gb.end) === 45 &&
    gc.start === gb.end + 1 &&
    gc.end - gc.start === 4 &&
    (a + 3 === groups.length || codeAt(text, gc.end) !== 32)
  );
}

function classify(
  text: string,
  start: number,
  end: number,
  digits: string,
  plus: boolean,
  groups: Group[],
  a: number,
  b: number,
  before: string,
  runBefore: string,
): PersonalDataFinding | undefined {
  // a number inside a run that a meter, SIM or order word opens ("ICCID 8946 0123 4567 …") is not a phone
  const anti = numberAntiCues.has(before) || (a > 0 && numberAntiCues.has(runBefore));
  const count = digits.length;
  // personal identity numbers: YYMMDD-NNNN, YYMMDD+NNNN, YYYYMMDD(-)NNNN, YYMMDDNNNN
  if (!plus && (count === 10 || count === 12) && b - a <= 1) {
    const lens = (groups[a] as Group).end - (groups[a] as Group).start;
    const sep = b > a ? text.slice((groups[a] as Group).end, (groups[b] as Group).start) : '';
    const shapeOk =
      (b === a && (lens === 10 || lens === 12)) || (b === a + 1 && (lens === 6 || lens === 8) && sep.length === 1);
    if (shapeOk && isPersonalIdentityNumber(digits)) {
      const isPhoneToo = count === 10 && digits.charCodeAt(0) === 48 && b === a && phoneCues.has(before);
      if (!isPhoneToo) {
        // "ID 19450728-0644" is a person's ID; "Mätar-ID", "sensor id" a device's
        // (and "PIN 890424-0713": a door code is never a valid date and check digit)
        // (and an organisation number that is one is a sole trader's: "enskild firma, org.nr 720810-7933";
        // a company's, 556…, is never a valid date)
        const isPersonId =
          ((before === 'id' || before === 'pin') && !isCompoundId(text, start)) || before.startsWith('org');
        const confidence = anti && !identityCues.has(before) && !isPersonId ? 0.3 : sep === ' ' ? 0.75 : 0.92;
        // (from its first digit: a phone's run may open with a bracket, "(197605200984)")
        const from = (groups[a] as Group).start;
        return finding('personal-identity-number', text, from, end, confidence);
      }
    }
  }
  if (b - a >= 2 && !plus && isDate(text, groups, a, b)) return undefined;
  // "Lokaler 0101–0108": a range of premises or apartments, two numbers of the same length and start
  if (b === a + 1 && !plus && isRange(text, groups[a] as Group, groups[b] as Group)) return undefined;
  let international = plus;
  let national = digits;
  if (!plus && digits.startsWith('00') && digits.charCodeAt(2) !== 48) {
    international = true;
    national = digits.slice(2);
  }
  if (international) {
    if (national.length < 8 || national.length > 15) return undefined;
    const e164 = `+${national}`;
    let confidence: number;
    const answer = phoneAnswer(e164, undefined);
    if (answer === VALID) confidence = 0.93;
    else if (knownCallingCode(national)) {
      // a number from a reserved or new range: right length for its country, less certain
      if (answer !== POSSIBLE) return undefined;
      confidence = 0.6;
    } else {
      // another country's: with '+' as sure as a Swedish number without a cue (984 of 984 in the corpus
      // were numbers), after "00" less (44 of 47: a card's or a meter's number may start so)
      confidence = b > a || national.length >= 10 ? (plus ? 0.8 : 0.7) : 0.55;
    }
    if (anti) confidence = 0.2;
    return finding('phone', text, start, end, confidence);
  }
  if (digits.charCodeAt(0) !== 48 || digits.charCodeAt(1) === 48) return undefined;
  // a British number written nationally (07911 123456) has 11 digits
  if (count === 11) {
    let confidence = 0.8;
    const answer = phoneAnswer(digits, 'GB');
    if (answer !== VALID) {
      // a mobile of the Channel Islands or the Isle of Man, whose metadata is not shipped
      if (digits.charCodeAt(1) !== 55 || answer !== POSSIBLE) return undefined;
      confidence = 0.6;
    }
    return finding('phone', text, start, end, anti ? 0.2 : confidence);
  }
  // Swedish numbers written nationally start with the trunk 0 and have 7 to 10 digits in all.
  if (count < 7 || count > 10) return undefined;
  if (phoneAnswer(digits, 'SE') !== VALID) return undefined;
  const mobile = digits.charCodeAt(1) === 55;
  let confidence = mobile ? 0.9 : 0.8;
  if (phoneCues.has(before)) confidence = 0.95;
  // "Kundnummer hos Tekniska verken: 0701245588": a number word a few words before, in the same clause
  if (anti || (!phoneCues.has(before) && isNumberWordEarlier(text, start))) confidence = 0.2;
  return finding('phone', text, start, end, confidence);
}

/** The "id" before `start` is part of a compound or follows another word ("Mätar-ID", "sensor id"). */
function isCompoundId(text: string, start: number): boolean {
  let e = start;
  while (e > 0 && (isSpace(codeAt(text, e - 1)) || codeAt(text, e - 1) === 58 || codeAt(text, e - 1) === 35)) e -= 1;
  const c = codeAt(text, e - 3);
  if (c === 45) return true;
  // the word before "id" ("sensor id", "meter ID") says whose it is
  let p = e - 3;
  while (p >= 0 && isSpace(codeAt(text, p))) p -= 1;
  return p >= 0 && p < e - 3 && isLetter(codeAt(text, p)) && numberAntiCues.has(wordBefore(text, p + 1));
}

/**
 * A word for a kind of number (kundnummer, serienr, order number …) among the four words before
 * `start`, in the same clause, with no phone word after it.
 */
function isNumberWordEarlier(text: string, start: number): boolean {
  let p = start;
  for (let words = 0; words < 4; words += 1) {
    while (p > 0) {
      const c = codeAt(text, p - 1);
      if (c === 46 || c === 10 || c === 33 || c === 63 || isDigit(c)) return false;
      if (isLetter(c)) break;
      p -= 1;
    }
    if (p === 0) return false;
    const word = wordEndingAt(text, p);
    p = wordStart;
    if (phoneCues.has(word)) return false;
    if (numberAntiCues.has(word) && (word.endsWith('nummer') || word.endsWith('nr') || word.endsWith('number')))
      return true;
  }
  return false;
}

function knownCallingCode(national: string): boolean {
  const codes = phoneMetadata.country_calling_codes as Record<string, unknown>;
  return national.slice(0, 1) in codes || national.slice(0, 2) in codes || national.slice(0, 3) in codes;
}

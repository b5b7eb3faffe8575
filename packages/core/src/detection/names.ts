import { isLetter, isSpace, isUpper } from './chars';
import { FIRST, getLexicon, isRuleSurname, PLACE, STRONG, SURNAME, WORD } from './lexicon';
import type { PersonalDataFinding } from './types';

/** The words of a text as the name and address rules see them. */
export interface Tokens {
  count: number;
  start: number[];
  end: number[];
  lower: string[];
  /** 0 lowercase, 1 Capitalised, 2 ALL CAPS (or a single capital) */
  caps: number[];
  /** first word of a sentence, a line or a list item */
  sentenceStart: boolean[];
  /** most letters are capitals: ALL CAPS words are then ordinary words, not acronyms or brands */
  isShouting: boolean;
}

const NAME = FIRST | SURNAME;

// Words before a name that say a person follows. Titles make any capitalised word a name.
const titles = new Set('mr mr. mrs mrs. ms ms. miss dr dr. herr fru fröken sir madam'.split(' '));
const cues = new Set(
  'hyresgäst hyresgästen hyresgästerna boende ring ringa ringer kontakta kontakt kontaktperson kontaktpersonen ansvarig fråga prata pratat hälsa meddela maila mejla sms:a smsa tenant resident call contact ask phone email text caretaker janitor mvh hälsningar regards vänligen vaktmästare vaktmästaren fastighetsskötare fastighetsskötaren'.split(
    ' ',
  ),
);
// Words after a capitalised name-like word that make it a company, a street or a building.
const companyWords = new Set(
  'ab hb kb aktiebolag bygg byggare byggnads el elektriska elservice vvs rör rörläggeri rörservice fastigheter fastighets fastighetsförvaltning förvaltning förvaltnings ltd inc llc gmbh oy as asa group gruppen service services plåt måleri sotning entreprenad larm energi konsult konsulter consulting & co kyl kylteknik ventilation värme hiss hissar städ lås låsservice transport åkeri teknik tech security installation installationer maskin mark trädgård skola skolan förskola förskolan gata gatan väg vägen torg torget allé allén gränd street road avenue lane park parken kyrka kyrkan center centrum hallen arena'.split(
    ' ',
  ),
);
// Words before a capitalised word that make it the name of a building, block or association.
const buildingCues = new Set(
  'kvarteret kv kv. brf bostadsrättsföreningen föreningen huset fastigheten restaurang hotell villa gården byggnaden'.split(
    ' ',
  ),
);
// Companies and brands in the building trade that look like names (a capitalised first name or surname).
const brands = new Set(
  'alfa laval kone schindler otis securitas bravida skanska peab ncc riksbyggen hsb vattenfall ellevio fortum eon e.on ragn-sells grundfos danfoss thermia nibe ivt siemens abb schneider honeywell sweco coor iss caverion assemblin elajo dafo verisure sector crawford assa axema telia tele2 telenor wilo lk uponor gustavsberg electrolux husqvarna volvo saab ericsson ikea systemair swegon fläktgruppen ahlsell dahl solar rexel onninen beijer byggmax bauhaus'.split(
    ' ',
  ),
);
// Months and weekdays are capitalised in English but are not names on their own.
const calendarWords = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);

// Words that may stand between a cue and the name: "ring inte Berg", "fråga efter Ulla".
const cueGaps = new Set('inte till efter med på to for with on upp'.split(' '));
const placePrepositions = new Set('i in från from till to mot vid at near utanför nära'.split(' '));

function flagsOf(tokens: Tokens, t: number): number {
  const lex = getLexicon();
  const lw = tokens.lower[t] as string;
  const flags = lex.get(lw);
  if (flags !== undefined) return flags;
  if (lw.includes('-')) {
    // hyphenated names: Anna-Karin, Lill-Babs, Svensson-Berg
    let all = 0;
    for (const part of lw.split('-')) {
      const f = lex.get(part) ?? (part.length >= 4 && isRuleSurname(part) ? SURNAME | STRONG : 0);
      if (!(f & NAME)) return 0;
      all |= f;
    }
    return all & ~(WORD | PLACE);
  }
  const caps = tokens.caps[t];
  if (lw.length >= 5 && isRuleSurname(lw)) return SURNAME | STRONG;
  if (caps === 1 && lw.length >= 4 && lw.endsWith('s')) {
    // genitive: Annas, Johanssons
    const stem = lw.slice(0, -1);
    const f = lex.get(stem) ?? (isRuleSurname(stem) ? SURNAME | STRONG : 0);
    if (f & NAME) return f;
  }
  return 0;
}

function baseScore(flags: number, caps: number, sentenceStart: boolean): number {
  if (!(flags & NAME)) return 0;
  const isWord = (flags & WORD) !== 0;
  const isStrong = (flags & (FIRST | STRONG)) !== 0;
  if (caps === 1) {
    if (isWord) return sentenceStart ? 0.15 : 0.5;
    if (!isStrong) return sentenceStart ? 0.15 : 0.45;
    return sentenceStart ? 0.7 : 0.85;
  }
  if (caps === 2) return 0.1; // an acronym or a brand (NIBE, HSB) unless the whole text shouts
  return isWord || !isStrong ? 0.1 : 0.6;
}

function cuedScore(flags: number, caps: number): number {
  if (!(flags & NAME)) return 0;
  if (flags & WORD) return caps === 0 ? 0.3 : 0.75;
  if (!(flags & (FIRST | STRONG))) return caps === 0 ? 0.5 : 0.8;
  return 0.9;
}

/** Only spaces (no line break, no punctuation) between two words. */
function adjacent(text: string, tokens: Tokens, a: number, b: number): boolean {
  const from = tokens.end[a] as number;
  const to = tokens.start[b] as number;
  if (to - from < 1 || to - from > 2) return false;
  for (let k = from; k < to; k += 1) if (!isSpace(text.charCodeAt(k))) return false;
  return true;
}

/** Words before `t` in the same clause (only spaces, ':' or ',' between). */
function previousWord(text: string, tokens: Tokens, t: number): string {
  if (t === 0) return '';
  const from = tokens.end[t - 1] as number;
  const to = tokens.start[t] as number;
  if (to - from > 3) return '';
  for (let k = from; k < to; k += 1) {
    const c = text.charCodeAt(k);
    if (!isSpace(c) && c !== 58 && c !== 44) return '';
  }
  return tokens.lower[t - 1] as string;
}

/** Finds person names among the words. */
export function findNames(text: string, tokens: Tokens, out: PersonalDataFinding[]): void {
  const n = tokens.count;
  let t = 0;
  while (t < n) {
    const rawCaps = tokens.caps[t] as number;
    const caps = rawCaps === 2 && tokens.isShouting ? 0 : rawCaps;
    const flags = flagsOf(tokens, t);
    let before = previousWord(text, tokens, t);
    if (cueGaps.has(before) && t > 0) {
      const further = previousWord(text, tokens, t - 1);
      if (titles.has(further) || cues.has(further)) before = further;
    }
    const isTitled = titles.has(before) || (before.length > 0 && titles.has(`${before}.`));
    const isCued = isTitled || cues.has(before);
    const lw = tokens.lower[t] as string;
    let score = baseScore(flags, caps, tokens.sentenceStart[t] as boolean);
    if (companyWords.has(lw) || brands.has(lw) || buildingCues.has(before)) score = 0;
    if (isCued) {
      if (flags & NAME) score = Math.max(score, cuedScore(flags, caps));
      else if (isTitled && caps === 1) score = 0.85;
      else if (caps === 1 && !(tokens.sentenceStart[t] as boolean)) score = Math.max(score, 0.4);
    }
    // a lowercase word that is also a name ("ring", "berg") starts nothing without a cue
    if (score === 0 || (score < 0.3 && !isCued)) {
      t += 1;
      continue;
    }
    // extend over the following name parts: "Anna Berg", "kalle andersson", "Anna Kowalczyk"
    let last = t;
    let parts = 1;
    const firstIsFirstName = (flags & FIRST) !== 0 && !(flags & WORD);
    while (last + 1 < n && last - t < 3 && adjacent(text, tokens, last, last + 1)) {
      const next = last + 1;
      const rawNextCaps = tokens.caps[next] as number;
      const nextCaps = rawNextCaps === 2 && tokens.isShouting ? 0 : rawNextCaps;
      if ((nextCaps === 1) !== (caps === 1)) break;
      const nextFlags = flagsOf(tokens, next);
      const nextLower = tokens.lower[next] as string;
      if (companyWords.has(nextLower)) break;
      if (brands.has(nextLower)) {
        score = 0; // "Alfa Laval"
        break;
      }
      if (nextFlags & WORD && nextCaps !== 1) break;
      if (nextFlags & NAME) {
        score = Math.max(score, baseScore(nextFlags, nextCaps, false));
      } else if (nextCaps === 1 && caps === 1 && (firstIsFirstName || isTitled) && parts === 1) {
        // an unknown capitalised word right after a first name is most likely its surname
      } else break;
      last = next;
      parts += 1;
    }
    if (parts >= 2) score = Math.min(0.98, Math.max(score, 0.5) + 0.3);
    // a company, street or building named after a person is not the person
    if (last + 1 < n && adjacent(text, tokens, last, last + 1) && companyWords.has(tokens.lower[last + 1] as string)) {
      score = 0;
    }
    // a place, a month or a weekday alone is not a person ("Rosen, Lund", "in May")
    if (parts === 1 && (flags & PLACE || calendarWords.has(lw)) && !isTitled) score = 0;
    if (parts === 1 && flags & PLACE && placePrepositions.has(before)) score = 0;
    if (score > 0) {
      const start = tokens.start[t] as number;
      const end = tokens.end[last] as number;
      out.push({ kind: 'name', start, end, text: text.slice(start, end), confidence: score });
    }
    t = last + 1;
  }
}

const streetSuffixes = [
  'gatan',
  'gata',
  'vägen',
  'väg',
  'gränd',
  'gränden',
  'stigen',
  'backen',
  'allé',
  'allén',
  'torget',
  'torg',
  'leden',
  'platsen',
  'promenaden',
  'kajen',
  'street',
  'road',
  'avenue',
  'lane',
];
const apartmentWords = new Set('lgh lägenhet lägenhetsnummer lägenhetsnr lgh.nr lghnr apt apartment flat'.split(' '));

function isStreetWord(lw: string): number {
  for (const s of streetSuffixes) if (lw.endsWith(s)) return lw.length - s.length;
  return -1;
}

/** Reads " 12", " 12 B", " 12B", "12-14" at `pos`; returns the end or -1. */
function readHouseNumber(text: string, pos: number, maxDigits: number, minDigits = 1): number {
  let p = pos;
  let spaces = 0;
  while (p < text.length && isSpace(text.charCodeAt(p)) && spaces < 2) {
    p += 1;
    spaces += 1;
  }
  const s = p;
  while (p < text.length && text.charCodeAt(p) >= 48 && text.charCodeAt(p) <= 57) p += 1;
  if (p === s || p - s > maxDigits || p - s < minDigits) return -1;
  // a letter: "12 B", "12b"
  let q = p;
  if (q < text.length && isSpace(text.charCodeAt(q))) q += 1;
  if (q < text.length && isLetter(text.charCodeAt(q)) && !(q + 1 < text.length && isLetter(text.charCodeAt(q + 1)))) {
    const letter = text.charCodeAt(q) | 32;
    if (letter >= 97 && letter <= 104 && (isUpper(text.charCodeAt(q)) || q === p)) p = q + 1;
  }
  return p;
}

/** Reads ", lgh 1102" / " lgh. 1102" / " lägenhet 1102" at `pos`; returns the end or -1. */
function readApartment(text: string, pos: number): number {
  let p = pos;
  if (text.charCodeAt(p) === 44) p += 1;
  while (p < text.length && isSpace(text.charCodeAt(p))) p += 1;
  const s = p;
  while (p < text.length && (isLetter(text.charCodeAt(p)) || text.charCodeAt(p) === 46) && p - s < 16) p += 1;
  let word = text.slice(s, p).toLowerCase();
  if (word.endsWith('.')) word = word.slice(0, -1);
  if (!apartmentWords.has(word)) return -1;
  while (p < text.length && (isSpace(text.charCodeAt(p)) || text.charCodeAt(p) === 58 || text.charCodeAt(p) === 35)) {
    p += 1;
  }
  if (text.slice(p, p + 2).toLowerCase() === 'nr') p += 2;
  return readHouseNumber(text, p, 4);
}

/** Finds street addresses with a number ("Storgatan 12 B, lgh 1102") and apartment numbers. */
export function findAddresses(text: string, tokens: Tokens, out: PersonalDataFinding[]): void {
  const n = tokens.count;
  for (let t = 0; t < n; t += 1) {
    const lw = tokens.lower[t] as string;
    const caps = tokens.caps[t] as number;
    const stem = isStreetWord(lw);
    if (stem >= 0) {
      let start = tokens.start[t] as number;
      const english = lw === 'street' || lw === 'road' || lw === 'avenue' || lw === 'lane';
      if (english) {
        // "12 Baker Street"
        if (t === 0 || !adjacent(text, tokens, t - 1, t) || tokens.caps[t - 1] !== 1) continue;
        let p = (tokens.start[t - 1] as number) - 1;
        while (p >= 0 && isSpace(text.charCodeAt(p))) p -= 1;
        let q = p;
        while (q >= 0 && text.charCodeAt(q) >= 48 && text.charCodeAt(q) <= 57 && p - q < 4) q -= 1;
        if (q === p || (q >= 0 && isLetter(text.charCodeAt(q)))) continue;
        start = q + 1;
        const end = tokens.end[t] as number;
        out.push({ kind: 'address', start, end, text: text.slice(start, end), confidence: 0.8 });
        continue;
      }
      if (stem < 2) {
        // "Karl Johans gata 5": the street's own name is the capitalised words before
        if (t === 0 || !adjacent(text, tokens, t - 1, t) || tokens.caps[t - 1] !== 1) continue;
        start = tokens.start[t - 1] as number;
        if (t >= 2 && adjacent(text, tokens, t - 2, t - 1) && tokens.caps[t - 2] === 1)
          start = tokens.start[t - 2] as number;
      } else if (caps === 0 && stem < 3) continue;
      let end = readHouseNumber(text, tokens.end[t] as number, 3);
      if (end < 0) continue;
      const apartment = readApartment(text, end);
      if (apartment > 0) end = apartment;
      out.push({ kind: 'address', start, end, text: text.slice(start, end), confidence: 0.85 });
    } else if (apartmentWords.has(lw) || lw === 'lgh' || (lw === 'nr' && t > 0 && tokens.lower[t - 1] === 'lgh')) {
      const start = tokens.start[t] as number;
      const end = readApartment(text, start);
      if (end > 0) out.push({ kind: 'address', start, end, text: text.slice(start, end), confidence: 0.75 });
    }
  }
}

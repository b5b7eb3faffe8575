import { commonSurnames, firstNames, places, surnamePrefixes, surnameSuffixes, surnames, words } from './name-lexicon';

/** Flags a lowercase word carries in the lexicon. */
export const FIRST = 1;
export const SURNAME = 2;
/** Also an ordinary word (or a place): a name only with support from capitals, a cue or a neighbour. */
export const WORD = 4;
export const PLACE = 8;
/** A common surname (the project's lists, or built by the surname rules): enough on its own. */
export const STRONG = 16;

let lexicon: Map<string, number> | undefined;
let prefixes: Set<string> | undefined;
let suffixes: readonly string[] = [];

function decode(coded: string, flag: number, into: Map<string, number>): void {
  let previous = '';
  let i = 0;
  while (i < coded.length) {
    const c = coded.charCodeAt(i);
    const shared = c <= 57 ? c - 48 : c - 55;
    let j = i + 1;
    while (j < coded.length) {
      const d = coded.charCodeAt(j);
      if ((d >= 48 && d <= 57) || (d >= 65 && d <= 90)) break;
      j += 1;
    }
    const word = previous.slice(0, shared) + coded.slice(i + 1, j);
    into.set(word, (into.get(word) ?? 0) | flag);
    previous = word;
    i = j;
  }
}

/** The lexicon, decoded on first use (a few milliseconds, once). */
export function getLexicon(): Map<string, number> {
  if (!lexicon) {
    const map = new Map<string, number>();
    decode(firstNames, FIRST, map);
    decode(surnames, SURNAME, map);
    decode(commonSurnames, SURNAME | STRONG, map);
    decode(words, WORD, map);
    decode(places, PLACE | WORD, map);
    const prefixMap = new Map<string, number>();
    decode(surnamePrefixes, 1, prefixMap);
    prefixes = new Set(prefixMap.keys());
    suffixes = surnameSuffixes.split(' ');
    lexicon = map;
  }
  return lexicon;
}

/**
 * Whether a lowercase word is a surname by the rules that build most Swedish surnames: a first name
 * plus -son (Andersson, Johansson), or a known first part plus a known last part (Lind+berg, Sjö+gren).
 * Words the rules would wrongly take are listed in the lexicon as words.
 */
export function isRuleSurname(lw: string): boolean {
  const lex = getLexicon();
  const n = lw.length;
  if (n < 4) return false;
  // -sson is Swedish patronymic spelling (Olsson, Persson); the few words ending so are listed as words
  if (n >= 6 && lw.endsWith('sson')) return true;
  if (n >= 6 && lw.endsWith('son')) {
    const stem = lw.slice(0, -3);
    if ((lex.get(stem) ?? 0) & FIRST) return true;
    if (stem.endsWith('s') && (lex.get(stem.slice(0, -1)) ?? 0) & FIRST) return true;
  }
  for (const suffix of suffixes) {
    if (n > suffix.length + 1 && lw.endsWith(suffix) && prefixes?.has(lw.slice(0, n - suffix.length))) return true;
  }
  return false;
}

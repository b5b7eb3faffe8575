// What the context model reads about a capitalised word: the words around it, how it is spelt and where
// it stands. Shared by the model (context-model.ts) and its training (scripts/build-context-model.mjs),
// so both hash exactly the same features.
import { HASH_SEED, hashStep, isDigit, isLetter, isUpper } from './chars';

/** The model's table has 2^bits weights; each feature is hashed to one of them. */
export const CONTEXT_MODEL_BITS = 15;
const MASK = (1 << CONTEXT_MODEL_BITS) - 1;

/** A capitalised word of two or more letters, with the table slots of its features (the bias is apart). */
export interface ContextWord {
  start: number;
  end: number;
  slots: number[];
}

// A feature is its number, then its value's characters, hashed: `slot(3, 'till')` is "the next word is
// till".
function slot(feature: number, value: string): number {
  let hash = hashStep(HASH_SEED, feature + 1);
  for (let i = 0; i < value.length; i += 1) hash = hashStep(hash, value.charCodeAt(i));
  return (hash ^ (hash >>> 15)) & MASK;
}

const flag = (value: boolean) => (value ? '1' : '0');

/** White space as `\s` reads it. */
function isWhite(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

// inside a word: letters, combining accents, apostrophes and hyphens
const isWordPart = (c: number) => isLetter(c) || (c >= 0x300 && c <= 0x36f) || c === 39 || c === 0x2019 || c === 45;

/**
 * The capitalised words of a text and their features, in text order. The text is split once into
 * words (letters, with inner apostrophes, hyphens and accents), digit runs and single other characters;
 * white space is skipped. Each piece reads its own run: nothing backtracks.
 */
export function contextWords(text: string): ContextWord[] {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    let j = i + 1;
    if (isLetter(c)) {
      while (j < text.length && isWordPart(text.charCodeAt(j))) j += 1;
    } else if (isDigit(c)) {
      while (j < text.length && isDigit(text.charCodeAt(j))) j += 1;
    } else if (isWhite(c)) {
      i = j;
      continue;
    }
    starts.push(i);
    ends.push(j);
    i = j;
  }
  const lowered: (string | undefined)[] = [];
  const none = '\u0000';
  // each word lowercased once, when a capitalised word next to it asks
  const lower = (t: number): string => {
    if (t < 0 || t >= starts.length) return none;
    let low = lowered[t];
    if (low === undefined) {
      low = text.slice(starts[t], ends[t]).toLowerCase();
      lowered[t] = low;
    }
    return low;
  };
  const single = (t: number, codes: string) =>
    t >= 0 &&
    t < starts.length &&
    (ends[t] as number) - (starts[t] as number) === 1 &&
    codes.includes(text[starts[t] as number] as string);
  const capitalised = (t: number) =>
    t < 0 || t >= starts.length ? none : flag(isUpper(text.charCodeAt(starts[t] as number)));
  const words: ContextWord[] = [];
  for (let t = 0; t < starts.length; t += 1) {
    const start = starts[t] as number;
    const end = ends[t] as number;
    if (end - start < 2 || !isUpper(text.charCodeAt(start)) || !isLetter(text.charCodeAt(start))) continue;
    const word = text.slice(start, end);
    const low = lower(t);
    const newLine = t === 0 || text.slice(ends[t - 1], start).includes('\n');
    let nonAscii = false;
    for (let k = 0; k < word.length && !nonAscii; k += 1) nonAscii = word.charCodeAt(k) > 127;
    const last = t + 1 >= starts.length || (t + 2 >= starts.length && single(t + 1, '.!'));
    words.push({
      start,
      end,
      slots: [
        slot(1, lower(t - 1)),
        slot(2, lower(t - 2)),
        slot(3, lower(t + 1)),
        slot(4, lower(t + 2)),
        slot(5, low.slice(-2)),
        slot(6, low.slice(-3)),
        slot(7, low.slice(0, 2)),
        slot(8, String(Math.min(word.length, 10))),
        slot(9, flag(newLine || single(t - 1, '.!?:'))),
        slot(10, low),
        slot(11, flag(word === word.toUpperCase())),
        slot(12, flag(nonAscii)),
        slot(13, capitalised(t - 1)),
        slot(14, capitalised(t + 1)),
        slot(15, flag(last)),
        slot(16, flag(newLine)),
      ],
    });
  }
  return words;
}

import { describe, expect, it } from 'vitest';
import { foldCase, isLetter, suffixTest } from './chars';

describe('isLetter', () => {
  it('agrees with Unicode’s letter category for every UTF-16 code unit outside the surrogates', () => {
    const letter = /\p{L}/u;
    const disagreements: number[] = [];
    for (let c = 0; c <= 0xffff; c += 1) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      if (isLetter(c) !== letter.test(String.fromCharCode(c))) disagreements.push(c);
    }
    expect(disagreements.map((c) => c.toString(16))).toEqual([]);
  });
});

describe('foldCase', () => {
  it('lowercases Swedish and other Latin letters and leaves the rest alone', () => {
    expect(String.fromCharCode(...[...'ÅÄÖÉÜåäö9-'].map((ch) => foldCase(ch.charCodeAt(0))))).toBe('åäöéüåäö9-');
  });
});

describe('suffixTest', () => {
  it('matches endings without case, and an ending written "=bar" only as the whole word', () => {
    const endsLike = suffixTest(['gatan', '=bar']);
    const test = (word: string) => endsLike(`x ${word} y`, 2, 2 + word.length);
    expect(['Storgatan', 'GATAN', 'Bar', 'bar'].map(test)).toEqual([true, true, true, true]);
    expect(['jobbar', 'Sushibar', 'gata', 'ba'].map(test)).toEqual([false, false, false, false]);
  });
});

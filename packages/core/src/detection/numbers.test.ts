import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js/core';
import { describe, expect, it } from 'vitest';
import { clearPhoneAnswers, POSSIBLE, phoneAnswer, VALID } from './numbers';
import { phoneMetadata } from './phone-metadata';

// What libphonenumber-js's parser says, the slow way.
function parserAnswer(digits: string): number {
  const parsed = parsePhoneNumberFromString(digits, { defaultCountry: 'SE', extract: false }, phoneMetadata);
  return parsed === undefined ? 0 : parsed.isValid() ? VALID : parsed.isPossible() ? POSSIBLE : 0;
}

describe('Swedish numbers written nationally, judged without the parser', () => {
  it('gives the parser’s answer for known numbers', () => {
    clearPhoneAnswers();
    for (const digits of [
      '0701234567',
      '08123456',
      '0812345678',
      '020123456',
      '0771130130',
      '0123',
      '0000000',
      '006000',
    ]) {
      expect(phoneAnswer(digits, 'SE')).toBe(parserAnswer(digits));
    }
    expect(phoneAnswer('0701234567', 'SE')).toBe(VALID);
    expect(phoneAnswer('0123', 'SE')).not.toBe(VALID);
  });

  it('gives the parser’s answer for any string of 3 to 12 digits that starts with the trunk 0', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^0[1-9]\d{1,10}$/), (digits) => {
        clearPhoneAnswers();
        expect(phoneAnswer(digits, 'SE')).toBe(parserAnswer(digits));
      }),
      { numRuns: 20_000 },
    );
  });

  it('gives the parser’s answer for numbers shaped like Swedish ones (area codes, mobiles, service numbers)', () => {
    const shaped = fc
      .tuple(
        fc.constantFrom(
          '07',
          '08',
          '01',
          '02',
          '03',
          '04',
          '05',
          '06',
          '09',
          '020',
          '077',
          '0900',
          '010',
          '011',
          '031',
        ),
        fc.stringMatching(/^\d{3,9}$/),
      )
      .map(([prefix, rest]) => (prefix + rest).slice(0, 12));
    fc.assert(
      fc.property(shaped, (digits) => {
        clearPhoneAnswers();
        expect(phoneAnswer(digits, 'SE')).toBe(parserAnswer(digits));
      }),
      { numRuns: 20_000 },
    );
  });
});

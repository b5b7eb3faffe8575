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
    for (const digits of ['0701234567', '08123456', '0812345678', '020123456', '0771130130', '0123']) {
      expect(phoneAnswer(digits, 'SE')).toBe(parserAnswer(digits));
    }
    expect(phoneAnswer('0701234567', 'SE')).toBe(VALID);
    expect(phoneAnswer('0123', 'SE')).not.toBe(VALID);
    // 00 starts an international number: the detector reads it as "+…" (the E.164 path), never here
    expect(phoneAnswer('006000', 'SE')).toBe(0);
    expect(phoneAnswer('0000000', 'SE')).toBe(0);
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

// What the parser says of a number in E.164 form or written nationally in Britain.
function parserAnswerFor(digits: string, country?: 'GB'): number {
  const parsed = parsePhoneNumberFromString(digits, { defaultCountry: country, extract: false }, phoneMetadata);
  return parsed === undefined ? 0 : parsed.isValid() ? VALID : parsed.isPossible() ? POSSIBLE : 0;
}

describe('international and British numbers, judged without the parser', () => {
  it('gives the parser’s answer for known numbers', () => {
    clearPhoneAnswers();
    for (const e164 of [
      '+46701234567',
      '+4608123456',
      '+442079460958',
      '+4402079460958',
      '+4791234567',
      '+12125550187',
      '+999123456',
      '+4',
    ]) {
      expect([e164, phoneAnswer(e164, undefined)]).toEqual([e164, parserAnswerFor(e164)]);
    }
    expect(phoneAnswer('07911123456', 'GB')).toBe(parserAnswerFor('07911123456', 'GB'));
  });

  it('says valid exactly when the parser does, for numbers after the calling codes of the shipped countries', () => {
    const codes = ['46', '47', '45', '358', '49', '44', '48', '31', '33', '34', '1'];
    const numbers = fc
      .tuple(fc.constantFrom(...codes), fc.stringMatching(/^\d{5,12}$/))
      .map(([code, rest]) => `+${code}${rest}`);
    fc.assert(
      fc.property(numbers, (e164) => {
        clearPhoneAnswers();
        expect(phoneAnswer(e164, undefined) === VALID).toBe(parserAnswerFor(e164) === VALID);
      }),
      { numRuns: 20_000 },
    );
  });

  it('says valid exactly when the parser does, for British numbers written nationally', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^0[1-9]\d{9}$/), (digits) => {
        clearPhoneAnswers();
        expect(phoneAnswer(digits, 'GB') === VALID).toBe(parserAnswerFor(digits, 'GB') === VALID);
      }),
      { numRuns: 20_000 },
    );
  });
});

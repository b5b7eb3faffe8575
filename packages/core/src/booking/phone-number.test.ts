import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js/core';
import { describe, expect, it } from 'vitest';
import { bookingPhoneMetadata } from './phone-metadata';
import { parseBookingPhoneNumber } from './phone-number';

// What libphonenumber-js itself answers with the same metadata: the E.164 form of a valid number.
function libphonenumber(value: string): string | null {
  const text = value.trim().replace(/^00/, '+');
  if (!/^\+?[\d\s().\-/]+$/.test(text)) return null;
  const parsed = parsePhoneNumberFromString(text, 'SE', bookingPhoneMetadata);
  return parsed?.isValid() ? parsed.number : null;
}

const written = [
  '070-123 45 67',
  '0701234567',
  '070 123 45 67',
  '+46 70 123 45 67',
  '+46 (0)70 123 45 67',
  '0046 70 123 45 67',
  '08-123 456 78',
  '08-12 34 56',
  '018-12 34 56',
  '0771-123 456',
  '020-123 456',
  '+46 8 123 456 78',
  '+47 412 34 567',
  '+45 32 12 34 56',
  '+358 40 123 4567',
  '+49 30 1234567',
  '+44 20 7946 0958',
  '+48 512 345 678',
  '+31 6 12345678',
  '+1 212 555 0123',
  '070-123',
  '123',
  '+46 70 123 45 67 89 00',
  '+99 123 456 789',
  '0000000000',
];

describe('parseBookingPhoneNumber', () => {
  it('answers as libphonenumber-js does for numbers as people write them', () => {
    for (const value of written) expect(parseBookingPhoneNumber(value), value).toBe(libphonenumber(value));
  });

  it('answers as libphonenumber-js does for any run of digits, national or international', () => {
    const prefixes = [
      '',
      '0',
      '07',
      '08',
      '46',
      '460',
      '+46',
      '+47',
      '+45',
      '+358',
      '+354',
      '+49',
      '+44',
      '+48',
      '+31',
      '+1',
      '00',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...prefixes), fc.stringMatching(/^[0-9 -]{3,14}$/), (prefix, rest) => {
        const value = `${prefix}${rest}`;
        expect(parseBookingPhoneNumber(value)).toBe(libphonenumber(value));
      }),
      { numRuns: 3000 },
    );
  });

  // (found by the property above about once in 400,000 cases)
  it('takes 00 for the international prefix however it is written, as libphonenumber-js does', () => {
    for (const value of ['0-0-493--98-1 6', '0 0 47 412 34 567', '000 123 45 67']) {
      expect(parseBookingPhoneNumber(value), value).toBe(libphonenumber(value));
    }
    expect(parseBookingPhoneNumber('0-0-47 412 34 567')).toBe('+4741234567');
  });

  // (found by the property above about once in 100,000 cases: the calling code written without its +)
  it('takes off the calling code written without its +, as libphonenumber-js does', () => {
    for (const value of ['46 70 123 45 67', '46701234567', '4 6-389-53791 ', '46  03385983', '4612345']) {
      expect(parseBookingPhoneNumber(value), value).toBe(libphonenumber(value));
    }
    expect(parseBookingPhoneNumber('46 70 123 45 67')).toBe('+46701234567');
  });

  it('refuses letters', () => {
    expect(parseBookingPhoneNumber('ring 070-123 45 67')).toBeNull();
  });
});

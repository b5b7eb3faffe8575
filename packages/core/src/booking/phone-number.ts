import { nationalNumber } from '../phone/national-number';
import { bookingPhoneMetadata } from './phone-metadata';

// A booking phone number is checked against libphonenumber-js's own metadata (phone-metadata.ts),
// the way libphonenumber-js checks it with "min" metadata: the national number, after the calling
// code or the national prefix, must match the country's number pattern.
// Doing that here instead of importing libphonenumber-js's parser saves the partner embed about 9 kB
// gzipped; phone-number.test.ts holds the two to the same answers.
type Plan = [string, string, string, number[], unknown, string | 0 | null, unknown, string | 0 | null];
const { countries, country_calling_codes: callingCodes } = bookingPhoneMetadata as unknown as {
  countries: Record<string, Plan>;
  country_calling_codes: Record<string, string[]>;
};

function nationalNumberOf(plan: Plan, digits: string): string | null {
  const pattern = new RegExp(`^(?:${plan[2]})$`);
  const prefix = plan[7] || plan[5];
  // As libphonenumber-js decides: the national prefix comes off where its parser takes it off; then
  // the pattern decides validity.
  const national = nationalNumber(digits, pattern, plan[3], prefix ? new RegExp(`^(?:${prefix})`) : null);
  return pattern.test(national) ? national : null;
}

/**
 * A phone number from a booking in E.164 (`+46701234567`), or null when it is not a valid number:
 * Swedish numbers as people write them (070-123 45 67, 08-123 456 78, +46 70…, 0046 70…), and numbers
 * from the neighbouring countries in phone-metadata.ts written with their country code.
 */
export function parseBookingPhoneNumber(value: string): string | null {
  const text = value.trim();
  if (!/^\+?[\d\s().\-/]+$/.test(text)) return null;
  let digits = text.replace(/\D/g, '');
  // (the international prefix 00, however it is written, "0046 70…", "0-0-49…", as libphonenumber-js
  // strips it; not before another 0)
  const isInternational = text.startsWith('+') || /^00[1-9]/.test(digits);
  if (!text.startsWith('+') && isInternational) digits = digits.slice(2);
  if (!isInternational) {
    // (Sweden's calling code written without its +, "46 70 123 45 67", comes off as libphonenumber-js
    // takes it off: when the number is not valid with it and is without it)
    const national =
      nationalNumberOf(countries.SE as Plan, digits) ??
      (digits.startsWith('46') ? nationalNumberOf(countries.SE as Plan, digits.slice(2)) : null);
    return national ? `+46${national}` : null;
  }
  for (const length of [1, 2, 3]) {
    const code = digits.slice(0, length);
    const country = callingCodes[code]?.[0];
    if (!country) continue;
    const national = nationalNumberOf(countries[country] as Plan, digits.slice(length));
    return national ? `+${code}${national}` : null;
  }
  return null;
}

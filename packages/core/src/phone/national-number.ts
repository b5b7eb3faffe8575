/**
 * The national number in `digits` (a number written nationally, digits only) as libphonenumber-js's
 * parser reads it: the national prefix (`prefix`, e.g. /^(?:0)/) comes off unless that breaks a number
 * that matched the country's `pattern`, or leaves one too short for the country's `lengths`. Shared by
 * the booking form's phone check and the detector, so both strip the prefix exactly where
 * libphonenumber-js does; their tests hold each to libphonenumber-js on generated numbers.
 */
export function nationalNumber(
  digits: string,
  pattern: RegExp,
  lengths: readonly number[],
  prefix: RegExp | null,
): string {
  const match = prefix ? prefix.exec(digits) : null;
  if (!match?.[0]) return digits;
  const stripped = digits.slice(match[0].length);
  const breaksMatch = pattern.test(digits) && !pattern.test(stripped);
  const isPossible = lengths.includes(stripped.length) || stripped.length > Math.max(...lengths);
  return !breaksMatch && isPossible ? stripped : digits;
}

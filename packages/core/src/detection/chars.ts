// Character classes by char code: the detector walks the text once and never backtracks.

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const letterPattern = /\p{L}/u;

/** Letters of any script; the common Latin ranges are decided without a regular expression. */
export function isLetter(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c < 0x250) return c >= 0xc0 && c !== 0xd7 && c !== 0xf7;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return letterPattern.test(String.fromCharCode(c));
}

export function isUpper(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  const s = String.fromCharCode(c);
  return s !== s.toLowerCase();
}

/** Spaces that may sit between the parts of a phone number or a name. */
export function isSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 9;
}

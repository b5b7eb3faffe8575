import { describe, expect, it } from 'vitest';
import { maskedExcerpt, toSingleLine } from './masked-excerpt';

describe('maskedExcerpt', () => {
  const text = 'Ring Anna på 070-123 45 67 eller mejla anna@example.se senast fredag';
  const spans = [
    { kind: 'name', start: 5, end: 9 },
    { kind: 'phone', start: 13, end: 26 },
    { kind: 'email', start: 39, end: 54 },
  ];

  it('masks the finding and every other finding in view', () => {
    expect(maskedExcerpt(text, spans, 1, { context: 12 })).toBe('…ing [name] på [phone] eller mejla…');
    expect(maskedExcerpt(text, spans, 1, { context: 12 })).not.toMatch(/070|Anna/);
  });

  it('marks cut text with an ellipsis on each side', () => {
    expect(maskedExcerpt(text, spans, 2, { context: 6 })).toBe('…mejla [email] senas…');
  });

  it('shows the personal data when asked to reveal it', () => {
    expect(maskedExcerpt(text, spans, 2, { context: 6, reveal: true })).toBe('…mejla anna@example.se senas…');
  });

  it('masks a finding that is only partly in view', () => {
    expect(maskedExcerpt(text, spans, 0, { context: 5 })).toBe('Ring [name] på [phone]…');
  });

  it('puts line breaks and terminal control characters on one line as spaces', () => {
    const tricky = 'rad ett\n\u001b[31mrad två anna@example.se';
    const excerpt = maskedExcerpt(tricky, [{ kind: 'email', start: 21, end: 37 }], 0, { context: 40 });
    expect(excerpt).toBe('rad ett [31mrad två [email]');
    expect(toSingleLine('a\r\n\tb\u0085c')).toBe('a b c');
  });

  it('does not cut a character outside the basic plane in half', () => {
    const withEmoji = '😀😀 anna@example.se';
    const excerpt = maskedExcerpt(withEmoji, [{ kind: 'email', start: 5, end: 21 }], 0, { context: 2 });
    expect(excerpt).toBe('…😀 [email]');
  });
});

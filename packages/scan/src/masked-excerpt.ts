/** A span of text found to be personal data, as the detector reports it. */
export interface FoundSpan {
  kind: string;
  start: number;
  end: number;
}

/** Options for {@link maskedExcerpt}. */
export interface MaskedExcerptOptions {
  /** Characters of context on each side of the finding (default 24). */
  context?: number;
  /** Show the personal data itself instead of `[kind]` (default false). */
  reveal?: boolean;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Control characters (terminal escapes included) and line breaks, shown as one space. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
const unsafeOrSpace = /[\s\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** Replaces control characters and runs of white space with one space, so a text fits one line safely. */
export function toSingleLine(text: string): string {
  return text.replace(unsafeOrSpace, ' ');
}

/**
 * The text around one finding, on one line, with every finding in view (not only this one) replaced
 * by its kind in brackets — `…ring mig på [phone] efter…` — unless `reveal` is set.
 *
 * @example
 * maskedExcerpt('Mejla anna@example.se i dag', [{ kind: 'email', start: 6, end: 21 }], 0);
 * // 'Mejla [email] i dag'
 */
export function maskedExcerpt(
  text: string,
  spans: readonly FoundSpan[],
  index: number,
  options: MaskedExcerptOptions = {},
): string {
  const target = spans[index];
  if (!target) throw new RangeError(`no finding at index ${index}`);
  const context = options.context ?? 24;
  let from = Math.max(0, target.start - context);
  let to = Math.min(text.length, target.end + context);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from -= 1;
  if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to += 1;

  let excerpt = '';
  if (options.reveal) excerpt = text.slice(from, to);
  else {
    const inView = spans
      .filter((span) => span.end > from && span.start < to)
      .sort((a, b) => a.start - b.start || b.end - a.end);
    let at = from;
    for (const span of inView) {
      if (span.end <= at) continue; // inside a span already masked
      if (span.start > at) excerpt += text.slice(at, span.start);
      excerpt += `[${span.kind}]`;
      at = Math.min(span.end, to);
    }
    if (at < to) excerpt += text.slice(at, to);
  }
  return `${from > 0 ? '…' : ''}${toSingleLine(excerpt).trim()}${to < text.length ? '…' : ''}`;
}

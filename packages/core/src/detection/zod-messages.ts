import { detectionEn, detectionSv } from '../i18n/locales/detection';
import type { PrivacyLocale } from '../i18n/types';
import type { PersonalDataFinding } from './types';

// The wording around a finding, shared by the zod check and the free-text field: a short excerpt
// that says where the finding is without repeating all of it, the message a form shows, and the
// text left after the user removes a finding.

/** `warn`: the user is told and may still save. `block`: personal data is a validation error. */
export type PersonalDataMode = 'warn' | 'block';

/** Translates a kit text key with values, e.g. `t` from `usePrivacyTranslation()`. */
export type PersonalDataTranslate = (key: string, values: Record<string, string | number>) => string;

const maxExcerpt = 30;

/**
 * A short excerpt of a finding to show beside the field: enough to find it in the text, not a copy
 * of the data. Numbers and e-mail addresses show only their first characters ("070-…"); names and
 * addresses, already readable in the field, are shown whole (at most 30 characters).
 */
export function personalDataExcerpt(finding: Pick<PersonalDataFinding, 'kind' | 'text'>): string {
  const text = finding.text.trim().replace(/\s+/g, ' ');
  if (finding.kind === 'phone' || finding.kind === 'personal-identity-number') {
    return `${text.slice(0, 4).trimEnd()}…`;
  }
  if (finding.kind === 'email') {
    const local = text.split('@')[0] ?? '';
    return `${local.slice(0, Math.min(3, Math.max(1, local.length - 1)))}…`;
  }
  return text.length > maxExcerpt ? `${text.slice(0, maxExcerpt - 1).trimEnd()}…` : text;
}

/** The 1-based line of `text` a finding starts on. */
export function personalDataLine(text: string, finding: Pick<PersonalDataFinding, 'start'>): number {
  let line = 1;
  for (let i = 0; i < finding.start && i < text.length; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

/** The result of {@link removePersonalDataFinding}: the new text and where the caret belongs. */
export interface PersonalDataRemoval {
  text: string;
  caret: number;
}

/**
 * Removes one finding from `text`, with one neighbouring space so no double space is left. When the
 * text changed since the finding was made, the same words are looked for nearest to where they were;
 * when they are gone, the text is returned unchanged.
 */
export function removePersonalDataFinding(
  text: string,
  finding: Pick<PersonalDataFinding, 'start' | 'end' | 'text'>,
): PersonalDataRemoval {
  let start = finding.start;
  if (text.slice(start, start + finding.text.length) !== finding.text) {
    const before = text.lastIndexOf(finding.text, finding.start);
    const after = text.indexOf(finding.text, finding.start);
    const candidates = [before, after].filter((i) => i >= 0);
    if (!candidates.length || !finding.text) return { text, caret: Math.min(finding.start, text.length) };
    start = candidates.reduce((a, b) => (Math.abs(a - finding.start) <= Math.abs(b - finding.start) ? a : b));
  }
  let end = start + finding.text.length;
  const prev = text[start - 1];
  const next = text[end];
  if (prev === ' ' && (next === undefined || next === ' ' || next === '\n' || /[.,;:!?)]/.test(next))) start -= 1;
  else if ((prev === undefined || prev === '\n') && next === ' ') end += 1;
  return { text: text.slice(0, start) + text.slice(end), caret: start };
}

const localeTexts = { sv: detectionSv, en: detectionEn } as const;

/** A translate function over the kit's own detection texts in `locale`, for use without i18next. */
export function personalDataTranslator(locale: PrivacyLocale = 'sv'): PersonalDataTranslate {
  const texts = localeTexts[locale] ?? detectionSv;
  return (key, values) => {
    let node: unknown = { detection: texts };
    for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
    if (typeof node !== 'string') return key;
    return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
      name in values ? String(values[name]) : whole,
    );
  };
}

/**
 * The message a form shows for these findings, e.g. "This field must not hold personal data. Remove:
 * phone number (070-…)." `null` when there are none.
 */
export function personalDataMessage(
  findings: readonly PersonalDataFinding[],
  mode: PersonalDataMode,
  t: PersonalDataTranslate,
): string | null {
  if (!findings.length) return null;
  const parts = [...new Set(findings.map((f) => `${t(`detection.kind.${f.kind}`, {})} (${personalDataExcerpt(f)})`))];
  return t(mode === 'block' ? 'detection.validation.blocked' : 'detection.validation.warned', {
    findings: parts.join(', '),
  });
}

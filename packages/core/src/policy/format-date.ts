import type { PrivacyLocale } from '../i18n/types';
import type { Instant } from './retention';

const intlLocales: Record<PrivacyLocale, string> = { sv: 'sv-SE', en: 'en-GB' };

/**
 * A date for people to read, in the locale's words: "24 november 2029" / "24 November 2029".
 * A bare date ("2026-11-25", as policy versions are written) is a calendar day and is shown as that day
 * in any time zone; a moment is shown as the day it is in `timeZone` (default Europe/Stockholm).
 */
export function formatPolicyDate(value: Instant, locale: PrivacyLocale, timeZone = 'Europe/Stockholm'): string {
  const isCalendarDay = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a valid date: ${String(value)}.`);
  return new Intl.DateTimeFormat(intlLocales[locale], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: isCalendarDay ? 'UTC' : timeZone,
  }).format(date);
}

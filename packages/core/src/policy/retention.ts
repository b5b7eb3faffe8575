// Retention rules of the policy, as pure functions. All calendar arithmetic is in UTC, so a deadline does
// not depend on the server's or browser's time zone; format it for a person with Intl and a time zone.

/** A moment in time: a Date, epoch milliseconds, or an ISO 8601 string with a zone ("2026-11-25T10:00:00Z"). */
export type Instant = Date | number | string;

/** Input of {@link retentionDeadline}. */
export interface RetentionInput {
  /** When the user last logged in. */
  lastLoginAt: Instant;
  /** When the account was deregistered (after support confirmed the request), if it has been. */
  deregisteredAt?: Instant | null;
}

/** How long personal data is kept after the last login: "dock högst tre år efter du senast var inloggad". */
export const retentionYearsAfterLastLogin = 3;

/**
 * Räkenskapsinformation (sales records) is kept "till och med det sjunde året efter utgången av det
 * kalenderår då räkenskapsåret avslutades" — bokföringslagen (1999:1078) 7 kap. 2 §.
 */
export const salesRecordRetentionYears = 7;

function toDate(value: Instant, name: string): Date {
  const date = value instanceof Date ? new Date(value.getTime()) : new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new RangeError(
      `${name} is not a valid date: ${String(value)}. Pass a Date, epoch milliseconds or an ISO 8601 string.`,
    );
  }
  return date;
}

/** `date` plus whole years in UTC. 29 February becomes 28 February in a year without a leap day (never later). */
export function addUtcYears(date: Date, years: number): Date {
  const year = date.getUTCFullYear() + years;
  const month = date.getUTCMonth();
  const lastDayOfMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const result = new Date(date.getTime());
  result.setUTCFullYear(year, month, Math.min(date.getUTCDate(), lastDayOfMonth));
  return result;
}

/**
 * The moment a user's personal data (databases and log files alike) is due for removal: three years after
 * the last login, or at deregistration if that comes first. Sales records follow
 * {@link salesRecordRetentionDeadline} instead.
 *
 * @example
 * retentionDeadline({ lastLoginAt: '2026-11-24T09:00:00Z' }); // 2029-11-24T09:00:00.000Z
 */
export function retentionDeadline({ lastLoginAt, deregisteredAt }: RetentionInput): Date {
  const lastLogin = toDate(lastLoginAt, 'lastLoginAt');
  const byInactivity = addUtcYears(lastLogin, retentionYearsAfterLastLogin);
  if (deregisteredAt === undefined || deregisteredAt === null) return byInactivity;
  const deregistered = toDate(deregisteredAt, 'deregisteredAt');
  if (deregistered < lastLogin) {
    throw new RangeError(
      `deregisteredAt (${deregistered.toISOString()}) is before lastLoginAt (${lastLogin.toISOString()}): a deregistered account cannot log in.`,
    );
  }
  return new Date(Math.min(deregistered.getTime(), byInactivity.getTime()));
}

/** Which rule decides {@link retentionDeadline} for this input: deregistration or three years' inactivity. */
export function retentionReason({ lastLoginAt, deregisteredAt }: RetentionInput): 'deregistered' | 'inactivity' {
  if (deregisteredAt === undefined || deregisteredAt === null) return 'inactivity';
  return retentionDeadline({ lastLoginAt, deregisteredAt }).getTime() ===
    toDate(deregisteredAt, 'deregisteredAt').getTime()
    ? 'deregistered'
    : 'inactivity';
}

/** True when personal data with this input is past its deadline at `now` (defaults to the current time). */
export function isPastRetention(input: RetentionInput, now: Instant = Date.now()): boolean {
  return toDate(now, 'now') >= retentionDeadline(input);
}

/** Input of {@link salesRecordRetentionDeadline}. */
export interface SalesRecordRetentionInput {
  /** The last day of the fiscal year (räkenskapsår) the sale was booked in, e.g. '2026-12-31' or '2027-06-30'. */
  fiscalYearEndsAt: Instant;
}

/**
 * The moment sales records (räkenskapsinformation) may be removed: the start of 1 January (UTC) after the
 * seventh calendar year following the calendar year in which the fiscal year ended (bokföringslagen 7 kap. 2 §).
 * They survive deregistration until then.
 *
 * @example
 * salesRecordRetentionDeadline({ fiscalYearEndsAt: '2026-12-31' }); // 2034-01-01T00:00:00.000Z (kept through 2033)
 */
export function salesRecordRetentionDeadline({ fiscalYearEndsAt }: SalesRecordRetentionInput): Date {
  const end = toDate(fiscalYearEndsAt, 'fiscalYearEndsAt');
  return new Date(Date.UTC(end.getUTCFullYear() + salesRecordRetentionYears + 1, 0, 1));
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addUtcYears,
  isPastRetention,
  retentionDeadline,
  retentionReason,
  salesRecordRetentionDeadline,
} from './retention';

describe('retentionDeadline', () => {
  it('keeps personal data three years after the last login', () => {
    expect(retentionDeadline({ lastLoginAt: '2026-11-24T09:30:00Z' }).toISOString()).toBe('2029-11-24T09:30:00.000Z');
  });

  it('accepts a Date and epoch milliseconds alike', () => {
    const login = new Date('2026-11-24T09:30:00Z');
    expect(retentionDeadline({ lastLoginAt: login }).getTime()).toBe(
      retentionDeadline({ lastLoginAt: login.getTime() }).getTime(),
    );
  });

  it('does not change the Date it is given', () => {
    const login = new Date('2026-11-24T09:30:00Z');
    retentionDeadline({ lastLoginAt: login });
    expect(login.toISOString()).toBe('2026-11-24T09:30:00.000Z');
  });

  it('moves a last login on 29 February to 28 February three years later, never into March', () => {
    expect(retentionDeadline({ lastLoginAt: '2028-02-29T12:00:00Z' }).toISOString()).toBe('2031-02-28T12:00:00.000Z');
  });

  it('keeps 28 February and 1 March as they are around a leap year', () => {
    expect(retentionDeadline({ lastLoginAt: '2025-02-28T00:00:00Z' }).toISOString()).toBe('2028-02-28T00:00:00.000Z');
    expect(retentionDeadline({ lastLoginAt: '2025-03-01T00:00:00Z' }).toISOString()).toBe('2028-03-01T00:00:00.000Z');
  });

  it('counts in UTC: a login late in the evening in Stockholm keeps its UTC day', () => {
    // 23:30 on 31 Dec in Stockholm is 22:30 UTC the same day.
    expect(retentionDeadline({ lastLoginAt: '2026-12-31T23:30:00+01:00' }).toISOString()).toBe(
      '2029-12-31T22:30:00.000Z',
    );
  });

  it('ends at deregistration when that comes first', () => {
    const input = { lastLoginAt: '2026-11-24T09:30:00Z', deregisteredAt: '2027-01-10T08:00:00Z' };
    expect(retentionDeadline(input).toISOString()).toBe('2027-01-10T08:00:00.000Z');
    expect(retentionReason(input)).toBe('deregistered');
  });

  it('still ends three years after the last login when deregistration comes later than that', () => {
    const input = { lastLoginAt: '2020-01-01T00:00:00Z', deregisteredAt: '2024-06-01T00:00:00Z' };
    expect(retentionDeadline(input).toISOString()).toBe('2023-01-01T00:00:00.000Z');
    expect(retentionReason(input)).toBe('inactivity');
  });

  it('treats a null deregistration as none', () => {
    expect(retentionDeadline({ lastLoginAt: '2026-01-01T00:00:00Z', deregisteredAt: null }).toISOString()).toBe(
      '2029-01-01T00:00:00.000Z',
    );
    expect(retentionReason({ lastLoginAt: '2026-01-01T00:00:00Z' })).toBe('inactivity');
  });

  it('rejects an invalid date with a message naming the field', () => {
    expect(() => retentionDeadline({ lastLoginAt: 'yesterday' })).toThrow(/lastLoginAt is not a valid date/);
    expect(() => retentionDeadline({ lastLoginAt: '2026-01-01T00:00:00Z', deregisteredAt: 'soon' })).toThrow(
      /deregisteredAt is not a valid date/,
    );
  });

  it('rejects a deregistration before the last login', () => {
    expect(() =>
      retentionDeadline({ lastLoginAt: '2026-05-01T00:00:00Z', deregisteredAt: '2026-04-01T00:00:00Z' }),
    ).toThrow(/before lastLoginAt/);
  });
});

describe('isPastRetention', () => {
  const input = { lastLoginAt: '2026-11-24T09:30:00Z' };

  it('is false up to the deadline and true from it', () => {
    expect(isPastRetention(input, '2029-11-24T09:29:59.999Z')).toBe(false);
    expect(isPastRetention(input, '2029-11-24T09:30:00Z')).toBe(true);
  });
});

describe('addUtcYears', () => {
  it('adds years to a leap day landing on a leap year unchanged', () => {
    expect(addUtcYears(new Date('2024-02-29T06:00:00Z'), 4).toISOString()).toBe('2028-02-29T06:00:00.000Z');
  });
});

describe('salesRecordRetentionDeadline (bokföringslagen 7 kap. 2 §)', () => {
  it('keeps sales records through the seventh calendar year after the fiscal year ended', () => {
    expect(salesRecordRetentionDeadline({ fiscalYearEndsAt: '2026-12-31' }).toISOString()).toBe(
      '2034-01-01T00:00:00.000Z',
    );
  });

  it('counts from the calendar year a broken fiscal year ends in', () => {
    expect(salesRecordRetentionDeadline({ fiscalYearEndsAt: '2027-06-30' }).toISOString()).toBe(
      '2035-01-01T00:00:00.000Z',
    );
  });

  it('rejects an invalid date', () => {
    expect(() => salesRecordRetentionDeadline({ fiscalYearEndsAt: 'never' })).toThrow(/fiscalYearEndsAt/);
  });
});

describe('retentionDeadline, for any moment', () => {
  const day = 86_400_000;
  const moment = fc.date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date('2200-12-31T23:59:59Z'),
    noInvalidDate: true,
  });

  it('is between 1095 and 1096 days after the last login, at the same UTC time of day', () => {
    fc.assert(
      fc.property(moment, (login) => {
        const deadline = retentionDeadline({ lastLoginAt: login });
        const days = (deadline.getTime() - login.getTime()) / day;
        expect(days).toBeGreaterThanOrEqual(3 * 365);
        expect(days).toBeLessThanOrEqual(3 * 365 + 1);
        expect(deadline.getTime() % day).toBe(login.getTime() % day);
      }),
    );
  });

  it('never moves earlier when the user logs in later', () => {
    fc.assert(
      fc.property(moment, moment, (a, b) => {
        const [first, later] = a <= b ? [a, b] : [b, a];
        expect(retentionDeadline({ lastLoginAt: later }).getTime()).toBeGreaterThanOrEqual(
          retentionDeadline({ lastLoginAt: first }).getTime(),
        );
      }),
    );
  });

  it('is never later than a deregistration that follows the login', () => {
    fc.assert(
      fc.property(moment, fc.integer({ min: 0, max: 5 * 366 }), (login, daysLater) => {
        const deregisteredAt = new Date(login.getTime() + daysLater * day);
        const deadline = retentionDeadline({ lastLoginAt: login, deregisteredAt });
        expect(deadline.getTime()).toBeLessThanOrEqual(deregisteredAt.getTime());
        expect(deadline.getTime()).toBeLessThanOrEqual(retentionDeadline({ lastLoginAt: login }).getTime());
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { formatPolicyDate } from './format-date';

describe('formatPolicyDate', () => {
  it('writes the date in Swedish and in English', () => {
    expect(formatPolicyDate('2029-11-24T09:30:00Z', 'sv')).toBe('24 november 2029');
    expect(formatPolicyDate('2029-11-24T09:30:00Z', 'en')).toBe('24 November 2029');
  });

  it('shows a moment as the day it is in the chosen time zone', () => {
    expect(formatPolicyDate('2029-11-24T23:30:00Z', 'sv')).toBe('25 november 2029');
    expect(formatPolicyDate('2029-11-24T23:30:00Z', 'sv', 'UTC')).toBe('24 november 2029');
  });

  it('keeps a bare calendar day (a policy version) on that day everywhere', () => {
    expect(formatPolicyDate('2026-11-25', 'en', 'America/Los_Angeles')).toBe('25 November 2026');
  });

  it('rejects an invalid date', () => {
    expect(() => formatPolicyDate('someday', 'sv')).toThrow(/Not a valid date/);
  });
});

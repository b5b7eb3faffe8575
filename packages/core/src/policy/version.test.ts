import { describe, expect, it } from 'vitest';
import {
  isPolicyUpdateNeeded,
  isPolicyVersion,
  policyChangelog,
  policyChangesSince,
  policyEffectiveDate,
  policyTextCorrections,
  policyVersion,
} from './version';

const changelog = [
  { version: '2027-03-01', effectiveDate: '2027-04-01', changes: { sv: ['C'], en: ['C'] } },
  { version: '2026-11-25', effectiveDate: '2026-11-25', changes: { sv: ['B'], en: ['B'] } },
  { version: '2025-05-25', effectiveDate: '2025-05-25', changes: { sv: ['A'], en: ['A'] } },
];

describe('policy version', () => {
  it('is a date, and the newest changelog entry is the current version', () => {
    expect(isPolicyVersion(policyVersion)).toBe(true);
    expect(policyChangelog[0]?.version).toBe(policyVersion);
    expect(policyChangelog[0]?.effectiveDate).toBe(policyEffectiveDate);
  });

  it('has a changelog sorted newest first with changes in both languages', () => {
    const versions = policyChangelog.map((e) => e.version);
    expect([...versions].sort().reverse()).toEqual(versions);
    for (const entry of policyChangelog) {
      expect(entry.changes.en.length).toBe(entry.changes.sv.length);
      expect(entry.changes.sv.length).toBeGreaterThan(0);
    }
  });

  it('asks again when the acknowledged version is older, missing or malformed', () => {
    expect(isPolicyUpdateNeeded('2025-05-25', '2026-11-25')).toBe(true);
    expect(isPolicyUpdateNeeded(undefined)).toBe(true);
    expect(isPolicyUpdateNeeded('v1')).toBe(true);
    expect(isPolicyUpdateNeeded(policyVersion)).toBe(false);
    expect(isPolicyUpdateNeeded('2027-01-01', '2026-11-25')).toBe(false);
  });

  it('lists only the changes made after the acknowledged version', () => {
    expect(policyChangesSince('2025-05-25', changelog).map((e) => e.version)).toEqual(['2027-03-01', '2026-11-25']);
    expect(policyChangesSince('2026-11-25', changelog).map((e) => e.version)).toEqual(['2027-03-01']);
    expect(policyChangesSince('2027-03-01', changelog)).toEqual([]);
    expect(policyChangesSince(null, changelog)).toHaveLength(3);
  });

  it('lists each slip fixed in the seed with a reason in both languages', () => {
    expect(policyTextCorrections.some((c) => c.original.includes('City Networks'))).toBe(true);
    for (const c of policyTextCorrections) {
      expect(c.reason.sv.trim()).not.toBe('');
      expect(c.reason.en.trim()).not.toBe('');
    }
  });
});

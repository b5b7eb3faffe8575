import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consentRecordSchema, isConsentRecord, parseConsentRecord, serializeConsentRecord } from './record';
import { memoryStorage } from './storage';
import { createConsentStore } from './store';

function storedAfter(decide: (store: ReturnType<typeof createConsentStore>) => void): string {
  const storage = memoryStorage();
  const store = createConsentStore({ policyVersion: '2025-01', storage, purposes: [{ id: 'analytics' }] });
  decide(store);
  return storage.read()!;
}

describe('the stored consent value', () => {
  it('holds only id, versions, timestamps, choices, source and locale — no personal data', () => {
    const value = storedAfter((store) =>
      store.choose(
        { purposes: { analytics: true }, communication: { newsletters: { email: true }, offers: { sms: true } } },
        'booking-form',
        { locale: 'en' },
      ),
    );
    const stored = JSON.parse(value);
    expect(Object.keys(stored).sort()).toEqual(
      ['communication', 'format', 'givenAt', 'id', 'locale', 'policyVersion', 'purposes', 'source', 'updatedAt'].sort(),
    );
    expect(value).not.toMatch(/@/); // no e-mail address
    expect(value).not.toMatch(/\b\d{1,3}(\.\d{1,3}){3}\b/); // no IP address
    expect(stored.id).toMatch(/^[0-9a-f]{32}$/);
  });

  it('round-trips through serialize and parse', () => {
    const value = storedAfter((store) => store.rejectAll());
    expect(serializeConsentRecord(parseConsentRecord(value)!)).toBe(value);
  });

  it('counts a missing, corrupted, tampered or foreign-format value as no decision, without throwing', () => {
    const good = JSON.parse(storedAfter((store) => store.acceptAll()));
    const bad = [
      null,
      '',
      'not json',
      '{"format":1',
      'null',
      '[]',
      JSON.stringify({ ...good, format: 2 }),
      JSON.stringify({ ...good, email: 'anna@example.se' }),
      JSON.stringify({ ...good, purposes: { analytics: 'yes' } }),
      JSON.stringify({ ...good, source: 'somewhere' }),
      JSON.stringify({ ...good, id: 'x' }),
      JSON.stringify({ ...good, updatedAt: 'yesterday' }),
      JSON.stringify({ ...good, communication: { newsletters: ['pigeon'] } }),
    ];
    for (const value of bad) {
      expect(parseConsentRecord(value)).toBeNull();
      const store = createConsentStore({ policyVersion: '2025-01', storage: memoryStorage(value) });
      expect(store.getSnapshot().isDecisionNeeded).toBe(true);
    }
  });

  it('never throws on any string, and a bad value is replaced on the next save', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const storage = memoryStorage(value);
        const store = createConsentStore({ policyVersion: '1', storage });
        store.rejectAll();
        return parseConsentRecord(storage.read()) !== null;
      }),
    );
  });

  it('the browser’s validator and the zod schema accept exactly the same values', () => {
    const good = JSON.parse(storedAfter((store) => store.choose({ purposes: { analytics: true } })));
    const fieldValue = fc.oneof(
      fc.constantFrom(
        1,
        2,
        null,
        true,
        'sv',
        'en',
        'de',
        'notice',
        'booking-form',
        '',
        '2025-01-01T00:00:00.000Z',
        '2025-13-01T00:00:00Z',
        '2025-01-01T00:00:00',
        'a'.repeat(65),
        '0123456789abcdef0123456789abcdef',
        { analytics: true },
        { Analytics: true },
        { analytics: 1 },
        { newsletters: ['email'] },
        { newsletters: ['fax'] },
        { spam: ['email'] },
        { newsletters: 'email' },
        [],
      ),
      fc.anything(),
    );
    const key = fc.constantFrom(...Object.keys(good), 'email', 'extra');
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fieldValue, fc.boolean()), { maxLength: 3 }), (edits) => {
        const candidate: Record<string, unknown> = { ...good };
        for (const [field, value, remove] of edits) {
          if (remove) delete candidate[field];
          else candidate[field] = value;
        }
        return isConsentRecord(candidate) === consentRecordSchema().safeParse(candidate).success;
      }),
      { numRuns: 2000 },
    );
    expect(isConsentRecord(good)).toBe(true);
    expect(consentRecordSchema().safeParse(good).success).toBe(true);
  });
});

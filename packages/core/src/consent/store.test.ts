import { describe, expect, it, vi } from 'vitest';
import { parseConsentRecord } from './record';
import { memoryStorage } from './storage';
import { createConsentStore } from './store';
import type { ConsentReceipt } from './types';

const at = (iso: string) => () => new Date(iso);

describe('createConsentStore', () => {
  it('asks for a decision when nothing is stored, and grants only the necessary purpose meanwhile', () => {
    const store = createConsentStore({ policyVersion: '2025-01', purposes: [{ id: 'analytics' }] });
    const state = store.getSnapshot();
    expect(state.isDecisionNeeded).toBe(true);
    expect(state.decisionReason).toBe('no-decision');
    expect(state.record).toBeNull();
    expect(state.purposes).toEqual({ necessary: true, analytics: false });
    expect(state.communication.newsletters.email).toBe(false);
  });

  it('rejecting all writes a record with every optional purpose off and stops asking', () => {
    const storage = memoryStorage();
    const store = createConsentStore({ policyVersion: '2025-01', storage, purposes: [{ id: 'analytics' }] });
    store.rejectAll('notice', { locale: 'en' });
    const stored = parseConsentRecord(storage.read());
    expect(stored?.purposes).toEqual({ analytics: false });
    expect(stored?.source).toBe('notice');
    expect(stored?.locale).toBe('en');
    expect(store.getSnapshot().isDecisionNeeded).toBe(false);
    expect(store.getSnapshot().purposes.analytics).toBe(false);
  });

  it('accepting all grants every optional purpose but subscribes to no communication', () => {
    const store = createConsentStore({ policyVersion: '1', purposes: [{ id: 'analytics' }, { id: 'marketing' }] });
    store.acceptAll();
    const state = store.getSnapshot();
    expect(state.purposes).toEqual({ necessary: true, analytics: true, marketing: true });
    expect(Object.values(state.communication).flatMap((c) => Object.values(c))).not.toContain(true);
  });

  it('a new store over the same storage remembers the decision (a reload)', () => {
    const storage = memoryStorage();
    createConsentStore({ policyVersion: '1', storage }).rejectAll();
    const reloaded = createConsentStore({ policyVersion: '1', storage });
    expect(reloaded.getSnapshot().isDecisionNeeded).toBe(false);
  });

  it('given a saved consent from an older policy version, asks again and grants nothing optional', () => {
    const storage = memoryStorage();
    createConsentStore({ policyVersion: '1', storage, purposes: [{ id: 'analytics' }] }).acceptAll();
    const store = createConsentStore({ policyVersion: '2', storage, purposes: [{ id: 'analytics' }] });
    expect(store.getSnapshot().decisionReason).toBe('policy-changed');
    expect(store.getSnapshot().purposes.analytics).toBe(false);
    expect(store.getSnapshot().record?.purposes).toEqual({ analytics: true });
  });

  it('asks again after the lifetime, for a rejection as for a consent', () => {
    const storage = memoryStorage();
    createConsentStore({ policyVersion: '1', storage, now: at('2025-01-01T00:00:00Z') }).rejectAll();
    const within = createConsentStore({ policyVersion: '1', storage, now: at('2025-12-31T00:00:00Z') });
    expect(within.getSnapshot().isDecisionNeeded).toBe(false);
    const after = createConsentStore({ policyVersion: '1', storage, now: at('2026-01-02T00:00:00Z') });
    expect(after.getSnapshot().decisionReason).toBe('expired');
    const shorter = createConsentStore({
      policyVersion: '1',
      storage,
      lifetimeDays: 30,
      now: at('2025-02-15T00:00:00Z'),
    });
    expect(shorter.getSnapshot().decisionReason).toBe('expired');
  });

  it('asks again when the host adds a purpose the user has not decided on', () => {
    const storage = memoryStorage();
    createConsentStore({ policyVersion: '1', storage }).acceptAll();
    const store = createConsentStore({ policyVersion: '1', storage, purposes: [{ id: 'analytics' }] });
    expect(store.getSnapshot().decisionReason).toBe('new-purposes');
    expect(store.getSnapshot().purposes.analytics).toBe(false);
  });

  it('choose changes only what it names and keeps the rest', () => {
    const store = createConsentStore({ policyVersion: '1', purposes: [{ id: 'analytics' }, { id: 'marketing' }] });
    store.acceptAll();
    store.choose({ purposes: { marketing: false }, communication: { newsletters: { email: true } } });
    const state = store.getSnapshot();
    expect(state.purposes).toEqual({ necessary: true, analytics: true, marketing: false });
    expect(state.communication.newsletters).toEqual({ email: true, sms: false, phone: false });
    expect(state.record?.source).toBe('settings');
  });

  it('a booking form opt-in records communication but still leaves the cookie decision to the notice', () => {
    const store = createConsentStore({ policyVersion: '1', purposes: [{ id: 'analytics' }] });
    store.choose(
      { communication: { 'status-updates': { email: true }, newsletters: { email: true } } },
      'booking-form',
    );
    const state = store.getSnapshot();
    expect(state.record?.source).toBe('booking-form');
    expect(state.record?.purposes).toBeNull();
    expect(state.communication['status-updates'].email).toBe(true);
    expect(state.isDecisionNeeded).toBe(true);
    store.rejectAll();
    expect(store.getSnapshot().isDecisionNeeded).toBe(false);
    expect(store.getSnapshot().communication.newsletters.email).toBe(true);
  });

  it('withdraw turns off every optional purpose and every communication choice', () => {
    const store = createConsentStore({ policyVersion: '1', purposes: [{ id: 'analytics' }] });
    store.choose({ purposes: { analytics: true }, communication: { offers: { sms: true, email: true } } });
    store.withdraw();
    const state = store.getSnapshot();
    expect(state.purposes.analytics).toBe(false);
    expect(state.record?.communication).toEqual({});
    expect(state.isDecisionNeeded).toBe(false);
  });

  it('a decision under a new policy version does not carry old choices over unasked', () => {
    const storage = memoryStorage();
    createConsentStore({ policyVersion: '1', storage, purposes: [{ id: 'analytics' }] }).choose({
      purposes: { analytics: true },
      communication: { offers: { email: true } },
    });
    const store = createConsentStore({ policyVersion: '2', storage, purposes: [{ id: 'analytics' }] });
    store.choose({ communication: { newsletters: { email: true } } }, 'booking-form');
    const state = store.getSnapshot();
    expect(state.record?.purposes).toBeNull();
    expect(state.communication.offers.email).toBe(false);
    expect(state.isDecisionNeeded).toBe(true);
  });

  it('keeps the record id and first date across decisions, and updates the last-changed date', () => {
    let now = new Date('2025-03-01T10:00:00Z');
    const store = createConsentStore({ policyVersion: '1', now: () => now });
    store.rejectAll();
    const first = store.getSnapshot().record!;
    now = new Date('2025-04-01T10:00:00Z');
    store.acceptAll();
    const second = store.getSnapshot().record!;
    expect(second.id).toBe(first.id);
    expect(second.givenAt).toBe('2025-03-01T10:00:00.000Z');
    expect(second.updatedAt).toBe('2025-04-01T10:00:00.000Z');
  });

  it('tells subscribers about each change with a new snapshot, and stops after unsubscribe', () => {
    const store = createConsentStore({ policyVersion: '1' });
    const listener = vi.fn();
    const before = store.getSnapshot();
    const unsubscribe = store.subscribe(listener);
    store.acceptAll();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot()).not.toBe(before);
    unsubscribe();
    store.rejectAll();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('sends a receipt for every decision, and a failing receipt hook does not undo the decision', async () => {
    const receipts: ConsentReceipt[] = [];
    const errors: unknown[] = [];
    const store = createConsentStore({
      policyVersion: '1',
      onDecision: (receipt) => {
        receipts.push(receipt);
        return Promise.reject(new Error('backend down'));
      },
      onReceiptError: (error) => errors.push(error),
    });
    store.rejectAll('notice');
    store.withdraw();
    expect(receipts.map((r) => r.action)).toEqual(['reject-all', 'withdraw']);
    expect(receipts[0]?.record.policyVersion).toBe('1');
    await Promise.resolve();
    await Promise.resolve();
    expect(errors).toHaveLength(2);
    expect(store.getSnapshot().isDecisionNeeded).toBe(false);
  });

  it('a receipt hook that throws synchronously does not break the store', () => {
    const store = createConsentStore({
      policyVersion: '1',
      onDecision: () => {
        throw new Error('oops');
      },
    });
    expect(() => store.acceptAll()).not.toThrow();
    expect(store.getSnapshot().record).not.toBeNull();
  });

  it('storage that throws on read or write counts as no decision and keeps the choice for the page', () => {
    const store = createConsentStore({
      policyVersion: '1',
      storage: {
        read: () => {
          throw new Error('blocked');
        },
        write: () => {
          throw new Error('blocked');
        },
        clear: () => {},
      },
    });
    expect(store.getSnapshot().isDecisionNeeded).toBe(true);
    store.rejectAll();
    expect(store.getSnapshot().isDecisionNeeded).toBe(false);
  });

  it('picks up a change another tab made when the storage reports one', () => {
    let notify = () => {};
    const inner = memoryStorage();
    const store = createConsentStore({
      policyVersion: '1',
      storage: {
        ...inner,
        subscribe: (onChange) => {
          notify = onChange;
          return () => {};
        },
      },
    });
    const listener = vi.fn();
    store.subscribe(listener);
    createConsentStore({ policyVersion: '1', storage: inner }).acceptAll();
    notify();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot().isDecisionNeeded).toBe(false);
  });

  it('its server snapshot knows nothing and asks nothing, so server HTML never shows the notice', () => {
    const store = createConsentStore({ policyVersion: '1', purposes: [{ id: 'analytics' }] });
    expect(store.getServerSnapshot()).toMatchObject({ isKnown: false, isDecisionNeeded: false, record: null });
    expect(store.getServerSnapshot().purposes.analytics).toBe(false);
  });

  it('refuses a missing policy version or a bad purpose id with a clear error', () => {
    expect(() => createConsentStore({ policyVersion: '' })).toThrow(/policyVersion/);
    expect(() => createConsentStore({ policyVersion: '1', purposes: [{ id: 'Analytics!' }] })).toThrow(/Analytics!/);
    expect(() => createConsentStore({ policyVersion: '1', purposes: [{ id: 'necessary' }] })).toThrow(/necessary/);
  });
});

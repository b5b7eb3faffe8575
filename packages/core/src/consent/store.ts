import type { PrivacyLocale } from '../i18n/types';
import {
  communicationOf,
  compactCommunication,
  noCommunication,
  parseConsentRecord,
  randomConsentId,
  serializeConsentRecord,
} from './record';
import { memoryStorage } from './storage';
import {
  type CommunicationCategory,
  type CommunicationChannel,
  type ConsentAction,
  type ConsentChoices,
  type ConsentDecisionReason,
  type ConsentPurpose,
  type ConsentReceipt,
  type ConsentRecord,
  type ConsentSource,
  type ConsentState,
  type ConsentStorage,
  communicationCategories,
  communicationChannels,
  necessaryPurpose,
} from './types';

/** Options of {@link createConsentStore}. */
export interface ConsentStoreOptions {
  /** The policy version the host runs; a record made under another version asks again. */
  policyVersion: string;
  /** Where the record is kept; default {@link memoryStorage}. Browsers use `cookieStorage()` or `localStorageStorage()`. */
  storage?: ConsentStorage;
  /** Optional cookie purposes beyond the necessary one, e.g. `[{ id: 'analytics' }]`. All start off. */
  purposes?: readonly ConsentPurpose[];
  /** How long a decision (also a rejection) holds, in days; default 365. */
  lifetimeDays?: number;
  /** The language decisions are recorded in when a call does not say; default `sv`. */
  locale?: PrivacyLocale;
  /** Called after every decision with a receipt to send to the host's backend (proof of consent). */
  onDecision?: (receipt: ConsentReceipt) => void | Promise<void>;
  /** Called when `onDecision` throws or rejects; the decision itself still holds. */
  onReceiptError?: (error: unknown, receipt: ConsentReceipt) => void;
  /** The clock; for tests. */
  now?: () => Date;
}

/** Extra details of a decision. */
export interface ConsentDecisionDetails {
  /** The language the choice was made in; default the store's `locale`. */
  locale?: PrivacyLocale;
}

/** A consent store: the whole contract a UI needs. Every change makes a new snapshot. */
export interface ConsentStore {
  /** Every purpose the host configured, `necessary` first. Fixed for the store's life. */
  readonly purposes: readonly ConsentPurpose[];
  getSnapshot(): ConsentState;
  /** The snapshot for server rendering and hydration: nothing known, nothing granted, nothing asked. */
  getServerSnapshot(): ConsentState;
  subscribe(listener: () => void): () => void;
  /** Grants every optional cookie purpose. Communication choices stay as they are. */
  acceptAll(source?: ConsentSource, details?: ConsentDecisionDetails): void;
  /** Refuses every optional cookie purpose. Communication choices stay as they are. */
  rejectAll(source?: ConsentSource, details?: ConsentDecisionDetails): void;
  /** Changes the named choices; a cookie purpose not named keeps its value (off if never chosen). */
  choose(choices: ConsentChoices, source?: ConsentSource, details?: ConsentDecisionDetails): void;
  /** Withdraws everything: every optional purpose and every communication choice off. */
  withdraw(source?: ConsentSource, details?: ConsentDecisionDetails): void;
  /** Reads the storage again (another tab may have changed it). Subscribed stores do this themselves. */
  refresh(): void;
}

const purposeIdPattern = /^[a-z][a-z0-9-]{0,31}$/;
const dayMs = 86_400_000;

/**
 * Creates the consent store: reads the stored record (bad values count as no decision), asks again
 * when the policy version changes or the decision is older than its lifetime, and writes each decision.
 *
 * @example
 * const store = createConsentStore({ policyVersion, storage: cookieStorage(), onDecision: sendReceipt });
 * store.rejectAll('notice');
 * store.getSnapshot().purposes.analytics; // false
 */
export function createConsentStore(options: ConsentStoreOptions): ConsentStore {
  if (!options || typeof options.policyVersion !== 'string' || !options.policyVersion.trim()) {
    throw new TypeError(
      'createConsentStore: `policyVersion` must be a non-empty string (the policy version in force).',
    );
  }
  const optionalIds = (options.purposes ?? []).map((purpose) => purpose.id);
  for (const id of optionalIds) {
    if (!purposeIdPattern.test(id) || id === necessaryPurpose) {
      throw new TypeError(
        `createConsentStore: purpose id "${id}" must be lower-case letters, digits and dashes, and not "${necessaryPurpose}".`,
      );
    }
  }
  const storage = options.storage ?? memoryStorage();
  const lifetimeMs = (options.lifetimeDays ?? 365) * dayMs;
  const now = options.now ?? (() => new Date());
  const purposeIds = [necessaryPurpose, ...optionalIds];
  const listeners = new Set<() => void>();
  let stopListening: (() => void) | undefined;

  const evaluate = (record: ConsentRecord | null): ConsentState => {
    let reason: ConsentDecisionReason | null = null;
    const isCurrent =
      !!record &&
      record.policyVersion === options.policyVersion &&
      now().getTime() - Date.parse(record.updatedAt) <= lifetimeMs;
    if (!record) reason = 'no-decision';
    else if (record.policyVersion !== options.policyVersion) reason = 'policy-changed';
    else if (!isCurrent) reason = 'expired';
    else if (!record.purposes) reason = 'no-decision';
    else if (optionalIds.some((id) => typeof record.purposes?.[id] !== 'boolean')) reason = 'new-purposes';
    const purposes: Record<string, boolean> = { [necessaryPurpose]: true };
    for (const id of optionalIds) purposes[id] = isCurrent && record?.purposes?.[id] === true;
    return {
      isKnown: true,
      isDecisionNeeded: reason !== null,
      decisionReason: reason,
      record,
      policyVersion: options.policyVersion,
      purposeIds,
      purposes,
      communication: isCurrent ? communicationOf(record) : noCommunication(),
    };
  };

  const read = (): string | null => {
    try {
      return storage.read();
    } catch {
      return null; // storage blocked (private mode, sandboxed iframe): no decision
    }
  };

  let raw = read();
  let state = evaluate(parseConsentRecord(raw));
  const serverState: ConsentState = {
    ...evaluate(null),
    isKnown: false,
    isDecisionNeeded: false,
    decisionReason: null,
  };

  const emit = () => {
    for (const listener of [...listeners]) listener();
  };

  const refresh = () => {
    const next = read();
    if (next === raw) return;
    raw = next;
    state = evaluate(parseConsentRecord(next));
    emit();
  };

  const sendReceipt = (receipt: ConsentReceipt) => {
    if (!options.onDecision) return;
    const report = (error: unknown) => options.onReceiptError?.(error, receipt);
    try {
      const pending = options.onDecision(receipt);
      if (pending && typeof pending.then === 'function') pending.then(undefined, report);
    } catch (error) {
      report(error);
    }
  };

  const decide = (
    action: ConsentAction,
    source: ConsentSource,
    details: ConsentDecisionDetails | undefined,
    change: (record: ConsentRecord | null) => Pick<ConsentRecord, 'purposes' | 'communication'>,
  ) => {
    const previous = state.record;
    // Choices made under another policy version, or expired, are never carried into a new record unasked.
    const isPreviousCurrent = state.decisionReason !== 'policy-changed' && state.decisionReason !== 'expired';
    const at = now().toISOString();
    const record: ConsentRecord = {
      format: 1,
      id: previous?.id ?? randomConsentId(),
      policyVersion: options.policyVersion,
      givenAt: previous?.givenAt ?? at,
      updatedAt: at,
      ...change(isPreviousCurrent ? previous : null),
      source,
      locale: details?.locale ?? options.locale ?? 'sv',
    };
    raw = serializeConsentRecord(record);
    try {
      storage.write(raw);
    } catch {
      // Storage refused (full, blocked): the decision still holds for this page.
    }
    state = evaluate(record);
    emit();
    sendReceipt({ action, record });
  };

  const allPurposes = (value: boolean) => Object.fromEntries(optionalIds.map((id) => [id, value]));
  const currentPurposes = (record: ConsentRecord | null) =>
    Object.fromEntries(optionalIds.map((id) => [id, record?.purposes?.[id] === true]));

  return {
    purposes: [{ id: necessaryPurpose }, ...(options.purposes ?? [])],
    getSnapshot: () => state,
    getServerSnapshot: () => serverState,
    subscribe: (listener) => {
      listeners.add(listener);
      if (listeners.size === 1 && storage.subscribe) {
        stopListening = storage.subscribe(refresh);
        // A change made in another tab before anyone listened (between creation and now) counts too.
        refresh();
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          stopListening?.();
          stopListening = undefined;
        }
      };
    },
    acceptAll: (source = 'notice', details) =>
      decide('accept-all', source, details, (record) => ({
        purposes: allPurposes(true),
        communication: record?.communication ?? {},
      })),
    rejectAll: (source = 'notice', details) =>
      decide('reject-all', source, details, (record) => ({
        purposes: allPurposes(false),
        communication: record?.communication ?? {},
      })),
    choose: (choices, source = 'settings', details) =>
      decide('choose', source, details, (record) => {
        const purposes = choices.purposes
          ? { ...currentPurposes(record), ...named(choices.purposes, optionalIds) }
          : (record?.purposes ?? null);
        const matrix = communicationOf(record) as Record<CommunicationCategory, Record<CommunicationChannel, boolean>>;
        for (const category of communicationCategories) {
          for (const channel of communicationChannels) {
            const value = choices.communication?.[category]?.[channel];
            if (typeof value === 'boolean') matrix[category][channel] = value;
          }
        }
        return { purposes: purposes && pick(purposes, optionalIds), communication: compactCommunication(matrix) };
      }),
    withdraw: (source = 'settings', details) =>
      decide('withdraw', source, details, () => ({ purposes: allPurposes(false), communication: {} })),
    refresh,
  };
}

// Only the configured purposes the caller named with a boolean.
function named(values: Readonly<Record<string, boolean>>, ids: readonly string[]): Record<string, boolean> {
  return Object.fromEntries(ids.filter((id) => typeof values[id] === 'boolean').map((id) => [id, values[id] === true]));
}

// Keeps only the configured purposes with boolean values, so nothing else reaches the stored value.
function pick(values: Readonly<Record<string, boolean>>, ids: readonly string[]): Record<string, boolean> {
  return Object.fromEntries(ids.map((id) => [id, values[id] === true]));
}

import * as z from 'zod/mini';
import {
  type CommunicationCategory,
  type CommunicationChannel,
  type CommunicationChoices,
  type ConsentRecord,
  communicationCategories,
  communicationChannels,
} from './types';

const idPattern = /^[0-9a-f]{32}$/;
const purposeIdPattern = /^[a-z][a-z0-9-]{0,31}$/;
// ISO 8601 in UTC as Date#toISOString writes it (milliseconds optional).
const timestampPattern = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,3})?Z$/;
const recordKeys = [
  'format',
  'id',
  'policyVersion',
  'givenAt',
  'updatedAt',
  'purposes',
  'communication',
  'source',
  'locale',
];
const sources = ['notice', 'settings', 'booking-form'];
const locales = ['sv', 'en'];

// Built on first use, so a bundle that never validates on a server does not pay for zod.
let recordSchema: z.ZodMiniType<ConsentRecord> | undefined;

/**
 * The record as a zod schema: the specification of a stored value, for a backend that validates the
 * receipts it is sent. The browser reads values with {@link isConsentRecord}, which accepts exactly the
 * same values (a test checks they agree) at a fraction of zod's size in the cookie notice's bundle.
 */
export function consentRecordSchema(): z.ZodMiniType<ConsentRecord> {
  const timestamp = z.string().check(z.regex(timestampPattern));
  const channels = z.array(z.enum(communicationChannels as [CommunicationChannel, ...CommunicationChannel[]]));
  recordSchema ??= z.strictObject({
    format: z.literal(1),
    id: z.string().check(z.regex(idPattern)),
    policyVersion: z.string().check(z.minLength(1), z.maxLength(64)),
    givenAt: timestamp,
    updatedAt: timestamp,
    purposes: z.nullable(z.record(z.string().check(z.regex(purposeIdPattern)), z.boolean())),
    communication: z.partialRecord(
      z.enum(communicationCategories as [CommunicationCategory, ...CommunicationCategory[]]),
      channels,
    ),
    source: z.enum(['notice', 'settings', 'booking-form']),
    locale: z.enum(['sv', 'en']),
  }) as unknown as z.ZodMiniType<ConsentRecord>;
  return recordSchema;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isTimestamp = (value: unknown) => isString(value) && timestampPattern.test(value);

/** True when `value` is exactly a consent record: every field, the right types and formats, nothing else. */
export function isConsentRecord(value: unknown): value is ConsentRecord {
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value);
  if (keys.length !== recordKeys.length || !recordKeys.every((key) => Object.hasOwn(value, key))) return false;
  const { format, id, policyVersion, givenAt, updatedAt, purposes, communication, source, locale } = value;
  if (format !== 1 || !isString(id) || !idPattern.test(id)) return false;
  if (!isString(policyVersion) || policyVersion.length < 1 || policyVersion.length > 64) return false;
  if (!isTimestamp(givenAt) || !isTimestamp(updatedAt)) return false;
  if (purposes !== null) {
    if (!isPlainObject(purposes)) return false;
    for (const [key, granted] of Object.entries(purposes)) {
      if (!purposeIdPattern.test(key) || typeof granted !== 'boolean') return false;
    }
  }
  if (!isPlainObject(communication)) return false;
  for (const [category, channels] of Object.entries(communication)) {
    if (!(communicationCategories as readonly string[]).includes(category) || !Array.isArray(channels)) return false;
    if (!channels.every((channel) => (communicationChannels as readonly unknown[]).includes(channel))) return false;
  }
  return sources.includes(source as string) && locales.includes(locale as string);
}

/**
 * Reads a stored value. Anything missing, corrupted, tampered with (an extra field, a wrong type)
 * or in another format gives null — no decision — and never throws.
 */
export function parseConsentRecord(value: string | null | undefined): ConsentRecord | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    return isConsentRecord(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** The stored form of a record: compact JSON holding exactly the record's fields. */
export function serializeConsentRecord(record: ConsentRecord): string {
  const { format, id, policyVersion, givenAt, updatedAt, purposes, communication, source, locale } = record;
  return JSON.stringify({ format, id, policyVersion, givenAt, updatedAt, purposes, communication, source, locale });
}

/** The communication matrix with every choice off. */
export function noCommunication(): CommunicationChoices {
  const choices = {} as Record<CommunicationCategory, Record<CommunicationChannel, boolean>>;
  for (const category of communicationCategories) {
    choices[category] = { email: false, sms: false, phone: false };
  }
  return choices;
}

/** The communication matrix a record allows. */
export function communicationOf(record: ConsentRecord | null): CommunicationChoices {
  const choices = noCommunication() as Record<CommunicationCategory, Record<CommunicationChannel, boolean>>;
  if (!record) return choices;
  for (const category of communicationCategories) {
    for (const channel of record.communication[category] ?? []) choices[category][channel] = true;
  }
  return choices;
}

/** The compact stored form of a communication matrix: only categories with a channel on. */
export function compactCommunication(choices: CommunicationChoices): ConsentRecord['communication'] {
  const compact: Partial<Record<CommunicationCategory, CommunicationChannel[]>> = {};
  for (const category of communicationCategories) {
    const on = communicationChannels.filter((channel) => choices[category][channel]);
    if (on.length) compact[category] = on;
  }
  return compact;
}

/** A random 128-bit id in hex; uses getRandomValues, which also works outside secure contexts. */
export function randomConsentId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

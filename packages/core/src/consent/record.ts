import * as z from 'zod/mini';
import {
  type CommunicationCategory,
  type CommunicationChannel,
  type CommunicationChoices,
  type ConsentRecord,
  communicationCategories,
  communicationChannels,
} from './types';

// Built on first use, so a bundle that never reads a record does not pay for the schema.
let recordSchema: z.ZodMiniType<ConsentRecord> | undefined;

function schema(): z.ZodMiniType<ConsentRecord> {
  const timestamp = z.iso.datetime();
  const channels = z.array(z.enum(communicationChannels as [CommunicationChannel, ...CommunicationChannel[]]));
  recordSchema ??= z.strictObject({
    format: z.literal(1),
    id: z.string().check(z.regex(/^[0-9a-f]{32}$/)),
    policyVersion: z.string().check(z.minLength(1), z.maxLength(64)),
    givenAt: timestamp,
    updatedAt: timestamp,
    purposes: z.nullable(z.record(z.string().check(z.regex(/^[a-z][a-z0-9-]{0,31}$/)), z.boolean())),
    communication: z.partialRecord(
      z.enum(communicationCategories as [CommunicationCategory, ...CommunicationCategory[]]),
      channels,
    ),
    source: z.enum(['notice', 'settings', 'booking-form']),
    locale: z.enum(['sv', 'en']),
  }) as unknown as z.ZodMiniType<ConsentRecord>;
  return recordSchema;
}

/**
 * Reads a stored value. Anything missing, corrupted, tampered with (an extra field, a wrong type)
 * or in another format gives null — no decision — and never throws.
 */
export function parseConsentRecord(value: string | null | undefined): ConsentRecord | null {
  if (!value) return null;
  try {
    const result = schema().safeParse(JSON.parse(value));
    return result.success ? result.data : null;
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

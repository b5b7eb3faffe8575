import * as z from 'zod/mini';

// The requests the policy names: deregistration ("Du avregistrerar dig genom att kontakta Loggameras
// support…"), correction ("Korrigering av felaktiga personuppgifter") and removal of personal data
// written by mistake in a free-text field ("Fritext-inmatningsfält"). Error messages are i18n keys
// (requests.errors.*), so the form shows them in the user's language.

/** The kinds of data-subject request the policy names. */
export type DataRequestKind = 'deregistration' | 'correction' | 'free-text-removal';

/** Every request kind, in the order a form offers them. */
export const dataRequestKinds: readonly DataRequestKind[] = ['deregistration', 'correction', 'free-text-removal'];

/** A validated request, as handed to the host to send to Loggamera's support. */
export type DataRequest =
  | {
      readonly kind: 'deregistration';
      /** The accounts to delete: ids from the host's list, or what the user typed (one per line or comma). */
      readonly accounts: readonly string[];
    }
  | {
      readonly kind: 'correction';
      /** Which data is wrong and what it should be. */
      readonly correction: string;
    }
  | {
      readonly kind: 'free-text-removal';
      /** The facility the text is on (an id from the host's list, or its name). */
      readonly facility: string;
      /** The field the personal data was written in. Never the personal data itself. */
      readonly field: string;
    };

/** What a data request form holds while the user fills it in. Fields of other kinds are ignored. */
export interface DataRequestFormValues {
  kind: DataRequestKind | '';
  /** Chosen account ids, when the host lists the user's accounts. */
  accounts: string[];
  /** The accounts as typed, when the host has no list. */
  accountsText: string;
  correction: string;
  facility: string;
  field: string;
}

/** Options of {@link createDataRequestSchema}. */
export interface DataRequestSchemaOptions {
  /** True when the user picks accounts from a list (`accounts`); false when they type them (`accountsText`). */
  hasAccountList: boolean;
}

/** An empty form: nothing chosen, nothing typed. */
export const emptyDataRequestValues: DataRequestFormValues = {
  kind: '',
  accounts: [],
  accountsText: '',
  correction: '',
  facility: '',
  field: '',
};

/** Longest text accepted in the correction field. */
export const maxCorrectionLength = 2000;
/** Longest facility or field reference accepted. */
export const maxReferenceLength = 200;

const requiredText = (message: string, max: number, tooLong: string) =>
  z.string().check(z.trim(), z.minLength(1, message), z.maxLength(max, tooLong));

function splitAccounts(text: string): string[] {
  return text
    .split(/[\n,;]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * The zod (mini) schema of a data request form: validates {@link DataRequestFormValues} and outputs a
 * {@link DataRequest}. Messages are i18n keys under `requests.errors`.
 *
 * @example
 * const result = createDataRequestSchema({ hasAccountList: false }).safeParse({ ...emptyDataRequestValues, kind: 'correction', correction: 'Fel telefonnummer' });
 */
export function createDataRequestSchema({ hasAccountList }: DataRequestSchemaOptions) {
  const deregistration = hasAccountList
    ? z.pipe(
        z.object({
          kind: z.literal('deregistration'),
          accounts: z.array(z.string()).check(z.minLength(1, 'requests.errors.accountsRequired')),
        }),
        z.transform((v): DataRequest => ({ kind: 'deregistration', accounts: v.accounts })),
      )
    : z.pipe(
        z.object({
          kind: z.literal('deregistration'),
          accountsText: requiredText(
            'requests.errors.accountsRequired',
            maxReferenceLength * 5,
            'requests.errors.tooLong',
          ),
        }),
        z.transform((v): DataRequest => ({ kind: 'deregistration', accounts: splitAccounts(v.accountsText) })),
      );
  const correction = z.pipe(
    z.object({
      kind: z.literal('correction'),
      correction: requiredText('requests.errors.correctionRequired', maxCorrectionLength, 'requests.errors.tooLong'),
    }),
    z.transform((v): DataRequest => ({ kind: 'correction', correction: v.correction })),
  );
  const freeTextRemoval = z.pipe(
    z.object({
      kind: z.literal('free-text-removal'),
      facility: requiredText('requests.errors.facilityRequired', maxReferenceLength, 'requests.errors.tooLong'),
      field: requiredText('requests.errors.fieldRequired', maxReferenceLength, 'requests.errors.tooLong'),
    }),
    z.transform((v): DataRequest => ({ kind: 'free-text-removal', facility: v.facility, field: v.field })),
  );
  return z.discriminatedUnion('kind', [deregistration, correction, freeTextRemoval], {
    error: 'requests.errors.kindRequired',
  });
}

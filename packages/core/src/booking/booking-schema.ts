import * as z from 'zod/mini';
import { parseBookingPhoneNumber } from './phone-number';

/** One monitoring product a host offers in its booking form (its own id and display name). */
export interface BookingProduct {
  id: string;
  /** Shown as the checkbox label and in the review; data, not a kit text. */
  name: string;
  /** An optional short line under the name, e.g. the price. */
  description?: string;
}

/** What the person booking fills in. */
export interface BookingValues {
  name: string;
  email: string;
  phone: string;
  street: string;
  postcode: string;
  town: string;
  /** Ids of the chosen products. */
  products: string[];
  /** The facility, in free text: must not hold personal data (the policy's free-text rule). */
  description: string;
  /** The optional, unticked choice to receive updates and newsletters by e-mail. */
  wantsUpdates: boolean;
}

/** The empty form: every text blank, nothing chosen, updates not ticked. */
export const emptyBookingValues: BookingValues = {
  name: '',
  email: '',
  phone: '',
  street: '',
  postcode: '',
  town: '',
  products: [],
  description: '',
  wantsUpdates: false,
};

/** Longest facility description accepted, in characters. */
export const bookingDescriptionMaxLength = 2000;

/**
 * Every validation message is a text key under `booking.errors`, so the form shows it in its own
 * language: `t(issue.message)`.
 */
export type BookingErrorKey = `booking.errors.${
  | 'nameRequired'
  | 'emailRequired'
  | 'emailInvalid'
  | 'phoneRequired'
  | 'phoneInvalid'
  | 'streetRequired'
  | 'postcodeRequired'
  | 'postcodeInvalid'
  | 'townRequired'
  | 'productsRequired'
  | 'productUnknown'
  | 'descriptionTooLong'}`;

const postcodePattern = /^([1-9]\d{2}) ?(\d{2})$/;

/** True for a Swedish postcode: five digits, the first not 0, with or without the space ("123 45", "12345"). */
export function isSwedishPostcode(value: string): boolean {
  return postcodePattern.test(value.trim());
}

/** A Swedish postcode written the way the post office writes it, `NNN NN`; anything else is returned trimmed. */
export function formatSwedishPostcode(value: string): string {
  const trimmed = value.trim();
  const match = postcodePattern.exec(trimmed);
  return match ? `${match[1]} ${match[2]}` : trimmed;
}

/** True for a phone number valid in Sweden (070-123 45 67) or, written with +/00, in a neighbouring country. */
export function isBookingPhoneNumber(value: string): boolean {
  return parseBookingPhoneNumber(value) !== null;
}

/** A valid phone number in international E.164 form (`+46701234567`); anything else is returned trimmed. */
export function formatBookingPhoneNumber(value: string): string {
  return parseBookingPhoneNumber(value) ?? value.trim();
}

const key = (name: string) => `booking.errors.${name}` as BookingErrorKey;
const requiredText = (error: string) => z.string().check(z.trim(), z.minLength(1, { error: key(error), abort: true }));

/** Options for {@link createBookingSchema}. */
export interface BookingSchemaOptions {
  /** The ids of the products the host offers; a booking must choose at least one of them. */
  productIds: readonly string[];
}

/**
 * The zod schema of a booking (zod/mini, so the embed stays small). Messages are text keys; texts
 * are trimmed; postcode and phone are checked, and normalised later by {@link toBookingPayload}.
 *
 * @example
 * const schema = createBookingSchema({ productIds: ['leak'] });
 * schema.safeParse(values).error?.issues[0]?.message; // "booking.errors.postcodeInvalid"
 */
export function createBookingSchema({ productIds }: BookingSchemaOptions) {
  return z.object({
    name: requiredText('nameRequired'),
    email: requiredText('emailRequired').check(z.regex(z.regexes.email, { error: key('emailInvalid') })),
    phone: requiredText('phoneRequired').check(z.refine(isBookingPhoneNumber, { error: key('phoneInvalid') })),
    street: requiredText('streetRequired'),
    postcode: requiredText('postcodeRequired').check(z.refine(isSwedishPostcode, { error: key('postcodeInvalid') })),
    town: requiredText('townRequired'),
    products: z.array(z.string()).check(
      z.minLength(1, { error: key('productsRequired'), abort: true }),
      z.refine((ids) => ids.every((id) => productIds.includes(id)), { error: key('productUnknown') }),
    ),
    description: z
      .string()
      .check(z.trim(), z.maxLength(bookingDescriptionMaxLength, { error: key('descriptionTooLong') })),
    wantsUpdates: z.boolean(),
  });
}

/** The schema's type, for callers that keep it. */
export type BookingSchema = ReturnType<typeof createBookingSchema>;

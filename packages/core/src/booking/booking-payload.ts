import type { PrivacyLocale } from '../i18n/types';
import type { SubprocessorId } from '../policy/subprocessors';
import { policyVersion as currentPolicyVersion } from '../policy/version';
import {
  type BookingProduct,
  type BookingValues,
  formatBookingPhoneNumber,
  formatSwedishPostcode,
} from './booking-schema';

/** How the booking is paid: by invoice (through the bookkeeping system) or online (through the payment system). */
export type BookingPayment = 'invoice' | 'online';

/** Who receives data from a booking: one of the policy's subprocessors (`subprocessors` in the policy data). */
export type BookingRecipientId = Extract<SubprocessorId, 'installer' | 'bookkeeping' | 'payment' | 'newsletter'>;

/** One piece of a booking that can be sent on. */
export type BookingField = 'name' | 'email' | 'phone' | 'street' | 'postcode' | 'town' | 'products' | 'description';

/** What one recipient receives from a booking. */
export interface BookingDisclosure {
  recipient: BookingRecipientId;
  /** The fields it receives, in the order the form asks for them. */
  fields: readonly BookingField[];
}

/** Everything a booking sends to the host's callback or endpoint, as JSON. */
export interface BookingPayload {
  /** Identifies the format, so a backend can tell a booking from other posts. */
  type: 'loggamera-booking';
  /** Format version of this object. */
  version: 1;
  /** The language the person booked in. */
  locale: PrivacyLocale;
  /** The version of the privacy policy in force when the person booked. */
  policyVersion: string;
  installer: { name: string };
  contact: { name: string; email: string; phone: string };
  address: { street: string; postcode: string; town: string };
  products: { id: string; name: string }[];
  description: string;
  payment: BookingPayment;
  /** The person ticked the choice to receive updates and newsletters by e-mail. */
  wantsUpdates: boolean;
  /** Who receives what: the same list the person saw before confirming. */
  disclosures: BookingDisclosure[];
}

/** Options for {@link toBookingPayload} and {@link bookingDisclosures}. */
export interface BookingPayloadOptions {
  installerName: string;
  products: readonly BookingProduct[];
  payment?: BookingPayment;
  locale: PrivacyLocale;
  /** Defaults to the kit's current `policyVersion`. */
  policyVersion?: string;
}

/**
 * Who receives what from a booking, following the policy's section on third parties: the installer
 * gets the address and contact details (and what to install); the bookkeeping system what an invoice
 * needs; the payment system, for online purchases only, what the payment needs; the newsletter service
 * only the e-mail address, and only when the person ticked the choice.
 */
export function bookingDisclosures(
  values: Pick<BookingValues, 'wantsUpdates'>,
  { payment = 'invoice' }: Pick<BookingPayloadOptions, 'payment'> = {},
): BookingDisclosure[] {
  const disclosures: BookingDisclosure[] = [
    {
      recipient: 'installer',
      fields: ['name', 'email', 'phone', 'street', 'postcode', 'town', 'products', 'description'],
    },
    { recipient: 'bookkeeping', fields: ['name', 'email', 'phone', 'street', 'postcode', 'town', 'products'] },
  ];
  if (payment === 'online') {
    disclosures.push({
      recipient: 'payment',
      fields: ['name', 'email', 'phone', 'street', 'postcode', 'town', 'products'],
    });
  }
  if (values.wantsUpdates) disclosures.push({ recipient: 'newsletter', fields: ['email'] });
  return disclosures;
}

/**
 * Turns validated form values into the payload that is sent: texts trimmed, the postcode as `NNN NN`,
 * the phone number in E.164, products with their names, and who receives what.
 *
 * @example
 * const payload = toBookingPayload(values, { installerName: 'Rörmokar-Pelles AB', products, locale: 'sv' });
 * await fetch(endpoint, { method: 'POST', body: JSON.stringify(payload) });
 */
export function toBookingPayload(values: BookingValues, options: BookingPayloadOptions): BookingPayload {
  const payment = options.payment ?? 'invoice';
  const chosen = options.products.filter((product) => values.products.includes(product.id));
  return {
    type: 'loggamera-booking',
    version: 1,
    locale: options.locale,
    policyVersion: options.policyVersion ?? currentPolicyVersion,
    installer: { name: options.installerName.trim() },
    contact: {
      name: values.name.trim(),
      email: values.email.trim(),
      phone: formatBookingPhoneNumber(values.phone),
    },
    address: {
      street: values.street.trim(),
      postcode: formatSwedishPostcode(values.postcode),
      town: values.town.trim(),
    },
    products: chosen.map(({ id, name }) => ({ id, name })),
    description: values.description.trim(),
    payment,
    wantsUpdates: values.wantsUpdates,
    disclosures: bookingDisclosures(values, { payment }),
  };
}

/** The value of one field in a payload, as the review shows it (products joined with commas). */
export function bookingFieldValue(payload: BookingPayload, field: BookingField): string {
  switch (field) {
    case 'name':
    case 'email':
    case 'phone':
      return payload.contact[field];
    case 'street':
    case 'postcode':
    case 'town':
      return payload.address[field];
    case 'products':
      return payload.products.map((product) => product.name).join(', ');
    case 'description':
      return payload.description;
  }
}

import { describe, expect, it } from 'vitest';
import {
  type BookingValues,
  createBookingSchema,
  formatBookingPhoneNumber,
  formatSwedishPostcode,
  isBookingPhoneNumber,
  isSwedishPostcode,
} from './booking-schema';

const valid: BookingValues = {
  name: 'Anna Svensson',
  email: 'anna@example.se',
  phone: '070-123 45 67',
  street: 'Storgatan 12',
  postcode: '123 45',
  town: 'Uppsala',
  products: ['leak'],
  description: 'Villa med pannrum i källaren.',
  wantsUpdates: false,
};
const schema = createBookingSchema({ productIds: ['leak', 'temperature'] });
const messagesFor = (values: Partial<BookingValues>) =>
  Object.fromEntries(
    (schema.safeParse({ ...valid, ...values }).error?.issues ?? []).map((issue) => [
      issue.path.join('.'),
      issue.message,
    ]),
  );

describe('Swedish postcodes', () => {
  it('accept five digits with or without the space and are written NNN NN', () => {
    expect(isSwedishPostcode('12345')).toBe(true);
    expect(isSwedishPostcode(' 123 45 ')).toBe(true);
    expect(formatSwedishPostcode('75320')).toBe('753 20');
    expect(formatSwedishPostcode(' 753 20')).toBe('753 20');
  });

  it('refuse what is not a Swedish postcode', () => {
    for (const bad of ['1234', '123456', '023 45', '12 345', 'abc de', '', 'SE-123 45']) {
      expect(isSwedishPostcode(bad), bad).toBe(false);
    }
  });
});

describe('booking phone numbers', () => {
  it('accept Swedish numbers as people write them and store them as E.164', () => {
    for (const good of ['070-123 45 67', '0701234567', '+46 70 123 45 67', '08-123 456 78', '0046 70 123 45 67']) {
      expect(isBookingPhoneNumber(good), good).toBe(true);
    }
    expect(formatBookingPhoneNumber('070-123 45 67')).toBe('+46701234567');
    expect(formatBookingPhoneNumber('0046 8 123 456 78')).toBe('+46812345678');
  });

  it('accept neighbouring countries written with their country code', () => {
    expect(isBookingPhoneNumber('+47 412 34 567')).toBe(true);
    expect(formatBookingPhoneNumber('+47 412 34 567')).toBe('+4741234567');
  });

  it('refuse what cannot be a phone number', () => {
    for (const bad of ['', '123', 'ring mig', '070-123', '+46 70 123 45 67 89 00']) {
      expect(isBookingPhoneNumber(bad), bad).toBe(false);
    }
  });
});

describe('createBookingSchema', () => {
  it('accepts a complete booking and trims what was typed', () => {
    const result = schema.safeParse({ ...valid, name: '  Anna Svensson ', town: 'Uppsala ' });
    expect(result.success).toBe(true);
    expect(result.data?.name).toBe('Anna Svensson');
    expect(result.data?.town).toBe('Uppsala');
  });

  it('names each missing field with its own text key, one message per field', () => {
    expect(messagesFor({ name: ' ', email: '', phone: '', street: '', postcode: '', town: '', products: [] })).toEqual({
      name: 'booking.errors.nameRequired',
      email: 'booking.errors.emailRequired',
      phone: 'booking.errors.phoneRequired',
      street: 'booking.errors.streetRequired',
      postcode: 'booking.errors.postcodeRequired',
      town: 'booking.errors.townRequired',
      products: 'booking.errors.productsRequired',
    });
  });

  it('tells a wrong e-mail, phone number or postcode apart from a missing one', () => {
    expect(messagesFor({ email: 'anna@', phone: '070-12', postcode: '1234' })).toEqual({
      email: 'booking.errors.emailInvalid',
      phone: 'booking.errors.phoneInvalid',
      postcode: 'booking.errors.postcodeInvalid',
    });
  });

  it('refuses a product the host does not offer', () => {
    expect(messagesFor({ products: ['leak', 'sauna'] })).toEqual({ products: 'booking.errors.productUnknown' });
  });

  it('leaves the description and the mailings optional, and caps the description', () => {
    expect(messagesFor({ description: '', wantsUpdates: false })).toEqual({});
    expect(messagesFor({ description: 'x'.repeat(2001) })).toEqual({
      description: 'booking.errors.descriptionTooLong',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { bookingDisclosures, bookingFieldValue, toBookingPayload } from './booking-payload';
import type { BookingValues } from './booking-schema';

const values: BookingValues = {
  name: ' Anna Svensson ',
  email: 'anna@example.se',
  phone: '070-123 45 67',
  street: 'Storgatan 12',
  postcode: '12345',
  town: 'Uppsala',
  products: ['temperature', 'leak'],
  description: 'Villa med pannrum i källaren. ',
  wantsUpdates: false,
};
const products = [
  { id: 'leak', name: 'Läckagelarm' },
  { id: 'temperature', name: 'Temperaturövervakning' },
  { id: 'pump', name: 'Pumpövervakning' },
];

describe('bookingDisclosures', () => {
  it('sends address and contact details to the installer and invoicing data to bookkeeping', () => {
    const [installer, bookkeeping, ...rest] = bookingDisclosures(values);
    expect(installer?.recipient).toBe('installer');
    expect(installer?.fields).toEqual(expect.arrayContaining(['name', 'email', 'phone', 'street', 'postcode', 'town']));
    expect(bookkeeping?.recipient).toBe('bookkeeping');
    expect(bookkeeping?.fields).not.toContain('description');
    expect(rest).toEqual([]);
  });

  it('involves the payment system only for online payment', () => {
    expect(bookingDisclosures(values, { payment: 'invoice' }).map((d) => d.recipient)).not.toContain('payment');
    const payment = bookingDisclosures(values, { payment: 'online' }).find((d) => d.recipient === 'payment');
    expect(payment?.fields).toEqual(['name', 'email', 'phone', 'street', 'postcode', 'town', 'products']);
  });

  it('sends only the e-mail address to the newsletter service, and only when the choice is ticked', () => {
    expect(bookingDisclosures(values).map((d) => d.recipient)).not.toContain('newsletter');
    const newsletter = bookingDisclosures({ wantsUpdates: true }).find((d) => d.recipient === 'newsletter');
    expect(newsletter?.fields).toEqual(['email']);
  });
});

describe('toBookingPayload', () => {
  it('normalises what was typed and names the installer and the chosen products', () => {
    const payload = toBookingPayload(values, {
      installerName: 'Rörmokar-Pelles AB',
      products,
      locale: 'sv',
      policyVersion: '2026-01',
    });
    expect(payload).toMatchObject({
      type: 'loggamera-booking',
      locale: 'sv',
      policyVersion: '2026-01',
      installer: { name: 'Rörmokar-Pelles AB' },
      contact: { name: 'Anna Svensson', email: 'anna@example.se', phone: '+46701234567' },
      address: { street: 'Storgatan 12', postcode: '123 45', town: 'Uppsala' },
      products: [
        { id: 'leak', name: 'Läckagelarm' },
        { id: 'temperature', name: 'Temperaturövervakning' },
      ],
      description: 'Villa med pannrum i källaren.',
      payment: 'invoice',
      wantsUpdates: false,
    });
    expect(payload.disclosures).toEqual(bookingDisclosures(values));
  });

  it('records the policy version in force unless the host names another', async () => {
    const { policyVersion } = await import('../policy/version');
    expect(toBookingPayload(values, { installerName: 'X', products, locale: 'sv' }).policyVersion).toBe(policyVersion);
  });

  it('survives a round trip through JSON unchanged', () => {
    const payload = toBookingPayload(values, { installerName: 'X', products, locale: 'en', payment: 'online' });
    expect(JSON.parse(JSON.stringify(payload))).toEqual(payload);
  });
});

describe('bookingFieldValue', () => {
  it('shows each field as the review lists it', () => {
    const payload = toBookingPayload(values, { installerName: 'X', products, locale: 'sv' });
    expect(bookingFieldValue(payload, 'phone')).toBe('+46701234567');
    expect(bookingFieldValue(payload, 'postcode')).toBe('123 45');
    expect(bookingFieldValue(payload, 'products')).toBe('Läckagelarm, Temperaturövervakning');
  });
});

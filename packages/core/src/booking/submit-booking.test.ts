import { describe, expect, it } from 'vitest';
import { toBookingPayload } from './booking-payload';
import { emptyBookingValues } from './booking-schema';
import { BookingSubmitError, submitBooking } from './submit-booking';

const payload = toBookingPayload(
  { ...emptyBookingValues, name: 'Anna', products: ['leak'] },
  { installerName: 'Installatören AB', products: [{ id: 'leak', name: 'Läckagelarm' }], locale: 'sv' },
);

describe('submitBooking', () => {
  it('hands the payload to the host callback and returns its result', async () => {
    const seen: unknown[] = [];
    const onSubmit = async (p: unknown) => {
      seen.push(p);
      return 'ok';
    };
    const result = await submitBooking(payload, { onSubmit });
    expect(result).toBe('ok');
    expect(seen).toEqual([payload]);
  });

  it('posts the payload as JSON to an endpoint and returns the parsed answer', async () => {
    const requests: { url: string; init: RequestInit }[] = [];
    const fakeFetch = async (url: string | URL | Request, init?: RequestInit) => {
      requests.push({ url: String(url), init: init ?? {} });
      return new Response(JSON.stringify({ bookingId: 'b-1' }), { status: 201 });
    };
    const result = await submitBooking(payload, { endpoint: '/bookings', fetch: fakeFetch as typeof fetch });
    expect(result).toEqual({ bookingId: 'b-1' });
    expect(requests[0]?.url).toBe('/bookings');
    expect(requests[0]?.init.method).toBe('POST');
    expect(JSON.parse(String(requests[0]?.init.body))).toEqual(payload);
  });

  it('rejects with the status when the endpoint answers with an error', async () => {
    const fakeFetch = async () => new Response('nope', { status: 503 });
    const error = await submitBooking(payload, {
      endpoint: '/b',
      fetch: fakeFetch as typeof fetch,
    }).catch((e: BookingSubmitError) => e);
    expect(error).toBeInstanceOf(BookingSubmitError);
    expect((error as BookingSubmitError).status).toBe(503);
  });

  it('rejects clearly when the network fails or there is nowhere to send', async () => {
    const failing = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(submitBooking(payload, { endpoint: '/b', fetch: failing as typeof fetch })).rejects.toThrow(
      'could not reach /b',
    );
    await expect(submitBooking(payload, {})).rejects.toThrow('needs an onSubmit callback or an endpoint');
  });
});

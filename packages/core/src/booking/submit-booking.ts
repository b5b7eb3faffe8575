import type { BookingPayload } from './booking-payload';

/** A host callback that takes the booking; the booking counts as made when its promise resolves. */
export type BookingSubmitHandler = (payload: BookingPayload) => Promise<unknown> | unknown;

/** Where {@link submitBooking} sends a booking: a host callback, or an endpoint that takes a JSON POST. */
export interface BookingSubmitTarget {
  onSubmit?: BookingSubmitHandler;
  endpoint?: string;
  /** The fetch to use for `endpoint` (defaults to the global one). */
  fetch?: typeof fetch;
}

/** Thrown when a booking could not be delivered; what the person typed is kept by the form. */
export class BookingSubmitError extends Error {
  /** The endpoint's HTTP status, when there was a response. */
  readonly status?: number;
  constructor(message: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'BookingSubmitError';
    this.status = options.status;
  }
}

/**
 * Sends a booking to the host callback, or else POSTs it as JSON to `endpoint`. Resolves with the
 * callback's result or the endpoint's parsed JSON (or null); rejects with {@link BookingSubmitError}
 * when there is no target, the network fails or the endpoint answers with an error status.
 */
export async function submitBooking(payload: BookingPayload, target: BookingSubmitTarget): Promise<unknown> {
  if (target.onSubmit) return target.onSubmit(payload);
  if (!target.endpoint) throw new BookingSubmitError('A booking needs an onSubmit callback or an endpoint.');
  const doFetch = target.fetch ?? globalThis.fetch;
  let response: Response;
  try {
    response = await doFetch(target.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(payload),
      credentials: 'omit',
    });
  } catch (cause) {
    throw new BookingSubmitError(`The booking could not reach ${target.endpoint}.`, { cause });
  }
  if (!response.ok) {
    throw new BookingSubmitError(`${target.endpoint} answered ${response.status}.`, { status: response.status });
  }
  const text = await response.text();
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return text;
  }
}

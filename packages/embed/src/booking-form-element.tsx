import {
  type BookingPayload,
  type BookingPayment,
  type BookingProduct,
  type BookingValues,
  submitBooking,
} from '@loggamera/privacy-core';
import { BookingForm } from '@loggamera/privacy-react';
import { embedConsentStore } from './embed-consent';
import { KitElement } from './kit-element';

/** The detail of `loggamera-booking-submit`. Cancel the event to handle the booking yourself. */
export interface BookingSubmitEventDetail {
  /** What would be sent, exactly as the user reviewed it. */
  payload: BookingPayload;
  /**
   * After `preventDefault()`, pass the promise of your own delivery: the form shows its pending state,
   * then "done", or keeps everything and offers a retry when the promise rejects.
   */
  respondWith: (delivery: Promise<unknown> | unknown) => void;
}

/** The detail of `loggamera-booking-submitted`. */
export interface BookingSubmittedEventDetail {
  payload: BookingPayload;
  /** The endpoint's parsed JSON answer, or what your `respondWith` promise resolved to. */
  result: unknown;
}

/** The detail of `loggamera-booking-failed`; the form keeps everything and offers a retry. */
export interface BookingFailedEventDetail {
  payload: BookingPayload;
  error: unknown;
}

/** Reads the `products` attribute: a JSON array of `{ "id", "name", "description"? }`. */
export function parseProductsAttribute(value: string | null): BookingProduct[] {
  if (!value) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new TypeError(
      `<loggamera-booking-form>: the products attribute must be JSON, like '[{"id":"leak","name":"Läckagelarm"}]'.`,
    );
  }
  const isProduct = (p: unknown): p is BookingProduct =>
    typeof p === 'object' &&
    p !== null &&
    typeof (p as BookingProduct).id === 'string' &&
    typeof (p as BookingProduct).name === 'string' &&
    ['string', 'undefined'].includes(typeof (p as BookingProduct).description);
  if (!Array.isArray(parsed) || !parsed.every(isProduct)) {
    throw new TypeError(
      '<loggamera-booking-form>: every product needs a string "id" and "name" (and may have a "description").',
    );
  }
  return parsed;
}

/** `description-allow-list="Vera, Linnéa"`: the names, trimmed, empty ones left out. */
export function parseAllowListAttribute(value: string | null): string[] | undefined {
  const names = value
    ?.split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  return names?.length ? names : undefined;
}

/**
 * `<loggamera-booking-form>`: the kit's booking form on a partner's page, in a shadow root.
 * Attributes: `installer-name`, `products` (JSON), `policy-url`, `endpoint`, `payment` (`invoice` |
 * `online`), `lang`, `theme` (`light` | `dark`), `heading-level`, `description-allow-list` (what the
 * host's products and places are called, comma-separated: never reported as personal data). Properties: `products`,
 * `defaultValues`. Events: `loggamera-booking-submit` (cancelable), `loggamera-booking-submitted`,
 * `loggamera-booking-failed`.
 *
 * @example
 * <loggamera-booking-form installer-name="Rörmokar-Pelles AB" endpoint="/api/bookings"
 *   policy-url="https://www.loggamera.se/integritetspolicy" products='[{"id":"leak","name":"Läckagelarm"}]'>
 * </loggamera-booking-form>
 */
export class LoggameraBookingFormElement extends KitElement {
  static readonly observedAttributes = [
    'installer-name',
    'products',
    'policy-url',
    'endpoint',
    'payment',
    'lang',
    'theme',
    'heading-level',
    'description-allow-list',
  ];

  #products: BookingProduct[] | undefined;
  #defaultValues: Partial<BookingValues> | undefined;
  #lastGoodProducts: BookingProduct[] = [];

  /** The products on offer; set it from JavaScript, or use the `products` attribute. */
  get products(): BookingProduct[] {
    return this.#products ?? this.#attributeProducts();
  }

  set products(products: BookingProduct[]) {
    this.#products = products;
    this.render();
  }

  /** Values to start with, e.g. what the host page already knows about the visitor. */
  get defaultValues(): Partial<BookingValues> | undefined {
    return this.#defaultValues;
  }

  set defaultValues(values: Partial<BookingValues> | undefined) {
    this.#defaultValues = values;
    this.render();
  }

  #attributeProducts(): BookingProduct[] {
    try {
      this.#lastGoodProducts = parseProductsAttribute(this.getAttribute('products'));
    } catch (error) {
      // A typo in the attribute must not blank the form: say what is wrong and keep the last good list.
      console.error(error);
    }
    return this.#lastGoodProducts;
  }

  #submit = async (payload: BookingPayload): Promise<unknown> => {
    let delivery: Promise<unknown> | undefined;
    const detail: BookingSubmitEventDetail = {
      payload,
      respondWith: (value) => {
        delivery = Promise.resolve(value);
      },
    };
    const isHandledByHost = !this.emit('loggamera-booking-submit', detail, true);
    try {
      if (isHandledByHost || delivery) return await delivery;
      return await submitBooking(payload, { endpoint: this.getAttribute('endpoint') ?? undefined });
    } catch (error) {
      this.emit<BookingFailedEventDetail>('loggamera-booking-failed', { payload, error });
      throw error;
    }
  };

  #submitted = (payload: BookingPayload, result: unknown) => {
    this.emit<BookingSubmittedEventDetail>('loggamera-booking-submitted', { payload, result });
  };

  protected renderContent(): unknown {
    const level = Number(this.getAttribute('heading-level'));
    return (
      <BookingForm
        installerName={this.getAttribute('installer-name') ?? ''}
        products={this.products}
        policyUrl={this.getAttribute('policy-url') ?? 'https://www.loggamera.se/integritetspolicy'}
        payment={(this.getAttribute('payment') === 'online' ? 'online' : 'invoice') satisfies BookingPayment}
        headingLevel={level === 3 || level === 4 ? level : 2}
        descriptionAllowList={parseAllowListAttribute(this.getAttribute('description-allow-list'))}
        defaultValues={this.#defaultValues}
        onSubmit={this.#submit}
        onSubmitted={this.#submitted}
        consentStore={embedConsentStore()}
      />
    );
  }
}

// The booking feature's public pieces; packages/core/src/index.ts lists them by name.
export { bookingConsentChoices } from './booking-consent';
export type {
  BookingDisclosure,
  BookingField,
  BookingPayload,
  BookingPayloadOptions,
  BookingPayment,
  BookingRecipientId,
} from './booking-payload';
export { bookingDisclosures, bookingFieldValue, toBookingPayload } from './booking-payload';
export type {
  BookingErrorKey,
  BookingProduct,
  BookingSchema,
  BookingSchemaOptions,
  BookingValues,
} from './booking-schema';
export {
  bookingDescriptionMaxLength,
  createBookingSchema,
  emptyBookingValues,
  formatBookingPhoneNumber,
  formatSwedishPostcode,
  isBookingPhoneNumber,
  isSwedishPostcode,
} from './booking-schema';
export type { BookingSubmitHandler, BookingSubmitTarget } from './submit-booking';
export { BookingSubmitError, submitBooking } from './submit-booking';

import type { ConsentChoices } from '../consent/types';
import { communicationCategories } from '../consent/types';
import type { BookingValues } from './booking-schema';

/**
 * The consent a confirmed booking records, for `store.choose(choices, 'booking-form')`: a ticked
 * "updates and newsletters" box allows every communication category by e-mail (the policy's
 * "Mailutskick"). An unticked box records nothing, so it never withdraws what was chosen elsewhere.
 * Returns `null` when there is nothing to record.
 */
export function bookingConsentChoices(values: Pick<BookingValues, 'wantsUpdates'>): ConsentChoices | null {
  if (!values.wantsUpdates) return null;
  return { communication: Object.fromEntries(communicationCategories.map((category) => [category, { email: true }])) };
}

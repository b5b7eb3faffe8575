import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../consent/storage';
import { createConsentStore } from '../consent/store';
import { bookingConsentChoices } from './booking-consent';

describe('bookingConsentChoices', () => {
  it('records nothing when the box is left unticked', () => {
    expect(bookingConsentChoices({ wantsUpdates: false })).toBeNull();
  });

  it('allows updates and newsletters by e-mail only, from the booking form', () => {
    const store = createConsentStore({ policyVersion: '1', storage: memoryStorage() });
    const choices = bookingConsentChoices({ wantsUpdates: true });
    if (!choices) throw new Error('expected choices');
    store.choose(choices, 'booking-form');
    const { communication, record } = store.getSnapshot();
    expect(communication.newsletters).toEqual({ email: true, sms: false, phone: false });
    expect(communication['status-updates']).toEqual({ email: true, sms: false, phone: false });
    expect(record?.source).toBe('booking-form');
  });
});

import { describe, expect, it } from 'vitest';
import { communicationThirdParty } from './third-parties';

describe('communicationThirdParty', () => {
  it('names the newsletter service for every e-mail choice and no one for SMS or phone', () => {
    expect(communicationThirdParty('newsletters', 'email')).toBe('newsletter-service');
    expect(communicationThirdParty('status-updates', 'email')).toBe('newsletter-service');
    expect(communicationThirdParty('newsletters', 'sms')).toBeUndefined();
    expect(communicationThirdParty('offers', 'phone')).toBeUndefined();
  });

  it('follows the host’s own map when it gives one', () => {
    expect(communicationThirdParty('offers', 'sms', { offers: { sms: 'sms-service' } })).toBe('sms-service');
  });
});

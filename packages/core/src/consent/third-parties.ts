import type { CommunicationCategory, CommunicationChannel, ConsentThirdParty } from './types';

/** Which third party a communication choice involves, by category and channel. */
export type CommunicationThirdParties = Partial<
  Record<CommunicationCategory, Partial<Record<CommunicationChannel, ConsentThirdParty>>>
>;

/**
 * The policy: the e-mail address of whoever allows status and report updates or newsletters with
 * offers goes to the newsletter service, which sends them. SMS and phone stay with Loggamera.
 */
export const defaultCommunicationThirdParties: CommunicationThirdParties = {
  'status-updates': { email: 'newsletter-service' },
  'system-reports': { email: 'newsletter-service' },
  newsletters: { email: 'newsletter-service' },
  offers: { email: 'newsletter-service' },
};

/** The third party a choice involves, if any. */
export function communicationThirdParty(
  category: CommunicationCategory,
  channel: CommunicationChannel,
  thirdParties: CommunicationThirdParties = defaultCommunicationThirdParties,
): ConsentThirdParty | undefined {
  return thirdParties[category]?.[channel];
}

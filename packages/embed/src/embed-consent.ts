import {
  type ConsentPurpose,
  type ConsentStore,
  cookieStorage,
  createConsentStore,
  policyVersion,
} from '@loggamera/privacy-core';

/** How the embed keeps consent on a partner site, set by the first element that needs it. */
export interface EmbedConsentOptions {
  /** Optional cookie purposes the partner site uses, e.g. `analytics`; all start off. */
  purposes?: readonly ConsentPurpose[];
  /** e.g. `.example.se` to share the decision across the partner's subdomains. */
  cookieDomain?: string;
}

let store: ConsentStore | undefined;

/**
 * The one consent store of every embed element on the page (cookie notice and booking form share it),
 * kept in a first-party cookie that holds no personal data. Created on first use.
 */
export function embedConsentStore(options: EmbedConsentOptions = {}): ConsentStore {
  store ??= createConsentStore({
    policyVersion,
    purposes: options.purposes,
    storage: cookieStorage(options.cookieDomain ? { domain: options.cookieDomain } : {}),
  });
  return store;
}

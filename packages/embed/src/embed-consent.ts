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

/** The consent options a `<loggamera-cookie-notice>` is configured with (`purposes`, `cookie-domain`). */
export function consentOptionsOf(notice: Element): EmbedConsentOptions {
  const purposes = (notice.getAttribute('purposes') ?? '')
    .split(',')
    .map((id) => id.trim().toLowerCase())
    .filter((id) => id && id !== 'necessary')
    .map((id) => ({ id }));
  const cookieDomain = notice.getAttribute('cookie-domain') ?? undefined;
  return { purposes, cookieDomain };
}

// Whichever element asks first creates the store; the page's cookie notice says how, even when the
// booking form comes first in the page.
function optionsFromPage(): EmbedConsentOptions {
  const notice = typeof document === 'undefined' ? null : document.querySelector('loggamera-cookie-notice');
  return notice ? consentOptionsOf(notice) : {};
}

/**
 * The one consent store of every embed element on the page (cookie notice and booking form share it),
 * kept in a first-party cookie that holds no personal data. Created on first use, configured by the
 * page's `<loggamera-cookie-notice>` when there is one.
 */
export function embedConsentStore(options: EmbedConsentOptions = optionsFromPage()): ConsentStore {
  store ??= createConsentStore({
    policyVersion,
    purposes: options.purposes,
    storage: cookieStorage(options.cookieDomain ? { domain: options.cookieDomain } : {}),
  });
  return store;
}

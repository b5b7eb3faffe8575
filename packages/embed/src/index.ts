// The public surface of @loggamera/privacy-embed, listed by name.
import { config } from 'zod/mini';
import { setDetectorLoader } from './lazy-detector';

// No eval under a strict Content-Security-Policy: zod must not even probe for `new Function`.
config({ jitless: true });
// The detector is its own file beside this one (dist/loggamera-detector.js), which bundlers copy as an
// asset (`new URL(…, import.meta.url)`); a code-split chunk would share a module graph with core and
// pull the detector into the first load.
setDetectorLoader(
  () => import(/* @vite-ignore */ /* webpackIgnore: true */ new URL('./loggamera-detector.js', import.meta.url).href),
);

export type {
  BookingFailedEventDetail,
  BookingSubmitEventDetail,
  BookingSubmittedEventDetail,
} from './booking-form-element';
/** `<loggamera-booking-form>`: the booking form in a shadow root. */
export { LoggameraBookingFormElement, parseProductsAttribute } from './booking-form-element';
export type { ConsentChangeEventDetail } from './cookie-notice-element';
/** `<loggamera-cookie-notice>`: the cookie notice in a shadow root. */
export { LoggameraCookieNoticeElement } from './cookie-notice-element';
/** Registers both custom elements. */
export { defineLoggameraElements } from './define-elements';
export type { EmbedConsentOptions } from './embed-consent';
/** The consent store every embed element on the page shares. */
export { embedConsentStore } from './embed-consent';
/** The embed's stylesheet, for hosts that render the kit into their own shadow roots. */
export { embedCss } from './embed-styles';
/** A shadow root with the embed's styles as a constructed stylesheet (strict-CSP safe). */
export { attachIsolatedRoot } from './isolated-root';
/** Starts loading the personal-data detector ahead of time (it loads by itself on focus otherwise). */
export { isDetectorLoaded, loadDetector } from './lazy-detector';

// The partner script (dist/loggamera-embed.js, an IIFE): registers the elements and exposes one global,
// `LoggameraPrivacy`. It loads dist/loggamera-detector.js from beside itself when first needed.
import { config } from 'zod/mini';
import { LoggameraBookingFormElement } from './booking-form-element';
import { LoggameraCookieNoticeElement } from './cookie-notice-element';
import { defineLoggameraElements } from './define-elements';
import { embedConsentStore } from './embed-consent';
import { isDetectorLoaded, loadDetector, setDetectorLoader } from './lazy-detector';

// No eval under a strict Content-Security-Policy: zod must not even probe for `new Function`.
config({ jitless: true });

const scriptUrl = (document.currentScript as HTMLScriptElement | null)?.src || document.baseURI;
setDetectorLoader(() => import(/* @vite-ignore */ new URL('loggamera-detector.js', scriptUrl).href));

const api = {
  version: '0.1.0',
  defineElements: defineLoggameraElements,
  consentStore: embedConsentStore,
  loadDetector,
  isDetectorLoaded,
  LoggameraBookingFormElement,
  LoggameraCookieNoticeElement,
};

declare global {
  interface Window {
    LoggameraPrivacy?: typeof api;
  }
}

// Loaded twice (two tags, or a tag and a bundle), the first copy stays in charge.
if (!window.LoggameraPrivacy) {
  window.LoggameraPrivacy = api;
  defineLoggameraElements();
}

import { LoggameraBookingFormElement } from './booking-form-element';
import { LoggameraCookieNoticeElement } from './cookie-notice-element';

/**
 * Registers `<loggamera-booking-form>` and `<loggamera-cookie-notice>` (once; a second call, or a
 * page that loads the script twice, changes nothing).
 *
 * @example
 * import { defineLoggameraElements } from '@loggamera/privacy-embed';
 * defineLoggameraElements();
 */
export function defineLoggameraElements(registry: CustomElementRegistry = customElements): void {
  if (!registry.get('loggamera-booking-form')) registry.define('loggamera-booking-form', LoggameraBookingFormElement);
  if (!registry.get('loggamera-cookie-notice'))
    registry.define('loggamera-cookie-notice', LoggameraCookieNoticeElement);
}

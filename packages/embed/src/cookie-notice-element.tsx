import { type ConsentState, getSubprocessor } from '@loggamera/privacy-core';
import { ConsentProvider, CookieNotice, CookieSettingsButton } from '@loggamera/privacy-react';
import { consentOptionsOf, embedConsentStore } from './embed-consent';
import { KitElement } from './kit-element';

/** The detail of `loggamera-consent-change`: what the visitor allows now. */
export interface ConsentChangeEventDetail {
  /** Cookie purposes by id, e.g. `{ necessary: true, analytics: false }`. */
  purposes: ConsentState['purposes'];
  /** False while the visitor has not decided (or must decide again). */
  isDecided: boolean;
}

const thirdPartyNames = { 'newsletter-service': getSubprocessor('newsletter').company ?? '' };

/**
 * `<loggamera-cookie-notice>`: the kit's cookie notice and its "Cookie settings" control on a partner's
 * page, in a shadow root. Attributes: `policy-url`, `purposes` (comma-separated optional purposes, e.g.
 * `analytics`), `cookie-domain`, `placement` (`fixed` | `inline`), `lang`, `theme`. Event:
 * `loggamera-consent-change`, also fired once at start, so a host can load analytics only when allowed.
 *
 * @example
 * <loggamera-cookie-notice policy-url="/integritetspolicy" purposes="analytics"></loggamera-cookie-notice>
 */
export class LoggameraCookieNoticeElement extends KitElement {
  static readonly observedAttributes = ['policy-url', 'placement', 'lang', 'theme'];

  #unsubscribe: (() => void) | undefined;

  get #store() {
    return embedConsentStore(consentOptionsOf(this));
  }

  override connectedCallback(): void {
    const store = this.#store;
    const announce = () => {
      const state = store.getSnapshot();
      this.emit<ConsentChangeEventDetail>('loggamera-consent-change', {
        purposes: state.purposes,
        isDecided: state.isKnown && !state.isDecisionNeeded,
      });
    };
    this.#unsubscribe ??= store.subscribe(announce);
    super.connectedCallback();
    announce();
  }

  override disconnectedCallback(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    super.disconnectedCallback();
  }

  protected renderContent(): unknown {
    return (
      <ConsentProvider store={this.#store} thirdPartyNames={thirdPartyNames}>
        <CookieNotice
          policyHref={this.getAttribute('policy-url') ?? 'https://www.loggamera.se/integritetspolicy'}
          placement={this.getAttribute('placement') === 'inline' ? 'inline' : 'fixed'}
        />
        <CookieSettingsButton />
      </ConsentProvider>
    );
  }
}

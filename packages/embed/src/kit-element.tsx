import { type PrivacyLocale, toPrivacyLocale } from '@loggamera/privacy-core';
import { PrivacyI18nProvider } from '@loggamera/privacy-react';
import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { embedCss } from './embed-styles';
import { attachIsolatedRoot } from './isolated-root';
import { loadDetector } from './lazy-detector';

let css: string | undefined;

/**
 * What both custom elements share: a shadow root with the embed's stylesheet, a render root inside
 * it, the kit's own i18n instance in the element's language (never the host page's i18next), and a
 * re-render whenever an observed attribute changes.
 */
export abstract class KitElement extends HTMLElement {
  #root: Root | undefined;
  #container: HTMLElement | undefined;

  /** The element's language: its own `lang`, else the nearest ancestor's, else Swedish. */
  get locale(): PrivacyLocale {
    return toPrivacyLocale(this.closest('[lang]')?.getAttribute('lang'));
  }

  connectedCallback(): void {
    if (!this.#container) {
      css ??= embedCss();
      const shadow = attachIsolatedRoot(this, css);
      this.#container = this.ownerDocument.createElement('div');
      shadow.append(this.#container);
      // The detector loads when someone is about to write in the free-text field.
      shadow.addEventListener('focusin', (event) => {
        if ((event.target as Element | null)?.localName === 'textarea') loadDetector().catch(() => {});
      });
    }
    this.#root ??= createRoot(this.#container);
    this.render();
  }

  disconnectedCallback(): void {
    // Moving the element in the DOM disconnects and reconnects it at once: unmount only if it stays out.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.#root?.unmount();
      this.#root = undefined;
    });
  }

  attributeChangedCallback(): void {
    this.render();
  }

  /** Renders again with the current attributes and properties. */
  protected render(): void {
    if (!this.#root) return;
    const locale = this.locale;
    this.#root.render(
      <PrivacyI18nProvider locale={locale}>
        <div className="lgm-root" lang={locale}>
          {this.renderContent() as ReactNode}
        </div>
      </PrivacyI18nProvider>,
    );
  }

  /** What the element shows (a React element; typed loosely so the declarations need no React types). */
  protected abstract renderContent(): unknown;

  /** Dispatches an event that crosses the shadow boundary and bubbles through the host page. */
  protected emit<T>(type: string, detail: T, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
  }
}

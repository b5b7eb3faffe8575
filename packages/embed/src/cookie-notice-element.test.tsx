import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConsentChangeEventDetail } from './cookie-notice-element';
import { defineLoggameraElements } from './define-elements';
import { scopeKitCss } from './embed-styles';

defineLoggameraElements();

afterEach(() => {
  document.body.replaceChildren();
});

describe('<loggamera-cookie-notice>', () => {
  it('asks in its shadow root, and tells the page what was decided', async () => {
    const changes: ConsentChangeEventDetail[] = [];
    document.addEventListener('loggamera-consent-change', (event) =>
      changes.push((event as CustomEvent<ConsentChangeEventDetail>).detail),
    );
    const element = document.createElement('loggamera-cookie-notice');
    element.setAttribute('policy-url', '/policy');
    element.setAttribute('purposes', 'analytics');
    element.setAttribute('placement', 'inline');
    document.body.append(element);
    const view = within(element.shadowRoot as unknown as HTMLElement);
    await userEvent.click(await view.findByRole('button', { name: 'Avvisa alla' }));
    expect(changes.at(-1)).toEqual({ purposes: { necessary: true, analytics: false }, isDecided: true });
    expect(document.cookie).toContain('lgm_consent=');
  });
});

describe('scopeKitCss', () => {
  it('declares the theme on :host, so the page themes the element, and sizes in em, not the page’s rem', () => {
    const css = scopeKitCss(readFileSync(join(process.cwd(), 'packages/react/src/styles.css'), 'utf8'));
    expect(css).toMatch(/:host\s*\{[^}]*--lgm-accent:/);
    expect(css).toContain(':host([theme="dark"])');
    expect(css).not.toMatch(/\.lgm-root,\s*\[data-lgm-theme\]/);
    expect(css).not.toMatch(/\drem\b/);
  });
});

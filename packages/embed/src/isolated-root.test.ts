import { describe, expect, it } from 'vitest';
import { attachIsolatedRoot } from './isolated-root';

describe('attachIsolatedRoot', () => {
  it('gives the host a shadow root that carries the embed styles', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = attachIsolatedRoot(host, '.lgm-form { color: rgb(1, 2, 3); }');
    expect(host.shadowRoot).toBe(root);
    const sheets = 'adoptedStyleSheets' in root ? root.adoptedStyleSheets : [];
    const cssText = sheets.length
      ? sheets.flatMap((s) => Array.from(s.cssRules, (r) => r.cssText)).join('\n')
      : (root.querySelector('style')?.textContent ?? '');
    expect(cssText).toContain('rgb(1, 2, 3)');
  });

  it('reuses the shadow root when called twice on the same host', () => {
    const host = document.createElement('div');
    const first = attachIsolatedRoot(host, 'p { margin: 0 }');
    expect(attachIsolatedRoot(host, 'p { margin: 1px }')).toBe(first);
  });
});

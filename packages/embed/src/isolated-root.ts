/**
 * Gives `host` an open shadow root holding `css`, so the host page's styles cannot reach in and ours
 * cannot leak out. Uses a constructed stylesheet where the browser has them: unlike a `<style>`
 * element, it needs no `'unsafe-inline'` under a strict Content-Security-Policy.
 */
export function attachIsolatedRoot(host: HTMLElement, css: string): ShadowRoot {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const view = host.ownerDocument.defaultView;
  const Sheet = view?.CSSStyleSheet;
  if (Sheet && 'replaceSync' in Sheet.prototype && 'adoptedStyleSheets' in root) {
    const sheet = new Sheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } else {
    const style = host.ownerDocument.createElement('style');
    style.textContent = css;
    root.replaceChildren(style);
  }
  return root;
}

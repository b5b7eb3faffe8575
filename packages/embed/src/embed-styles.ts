import kitCss from '../../react/src/styles.css?raw';

// The kit's stylesheet, adapted to a shadow root on someone else's page:
// - its custom properties are declared on :host, so a host page themes the embed by setting
//   `--lgm-*` on the element (outer rules beat :host rules), and `theme="dark"` switches to dark;
// - rem is relative to the host page's root font size, which a partner's CSS may set to anything
//   (even `* { font-size: 40px !important }`), so sizes become em of the embed's own font size;
// - the element itself resets what it inherits, with !important, which inside a shadow tree wins
//   over the host page's !important rules on the element.
const hostCss = `
:host {
  all: initial !important;
  display: block !important;
  font-size: medium !important;
  line-height: 1.5 !important;
  text-align: start !important;
  visibility: visible !important;
}
:host([hidden]) { display: none !important; }
.lgm-root { font-size: 1em; padding: var(--lgm-embed-padding, 0); border-radius: var(--lgm-radius); }
.lgm-root *, .lgm-root *::before, .lgm-root *::after { box-sizing: border-box; }
.lgm-root button, .lgm-root input, .lgm-root textarea, .lgm-root select { font: inherit; }
`;

/** The kit's stylesheet adapted to a shadow root (theme on :host, em instead of rem), plus the host resets. */
export function scopeKitCss(css: string): string {
  const scoped = css
    .replace(/:where\(\.lgm-root,\s*\[data-lgm-theme\]\)/g, ':host')
    .replace(/:where\(\[data-lgm-theme="dark"\]\)/g, ':host([theme="dark"])')
    .replace(/(\d*\.?\d+)rem\b/g, '$1em');
  return `${scoped}\n${hostCss}`;
}

/** The embed's whole stylesheet: the kit's styles scoped for a shadow root, plus the host resets. */
export function embedCss(): string {
  return scopeKitCss(kitCss);
}

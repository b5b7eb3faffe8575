// Gzipped size of the consent feature as a user imports it, against CookieConsent v3 (core 4.5 kB; UI
// 10.2 kB JS + 5.3 kB CSS: the figures named in issue 3; that library is not installed, so they are
// quoted, not re-measured). The cookie notice is measured with the consent texts and the base + consent
// stylesheets, leaving out react, react-dom, i18next and react-i18next, which the portal already ships.
// Run after `pnpm build` (bench/run-all.mjs does it). The entries are the ones size-budgets.json checks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kb, measureEntry, root } from '../scripts/size.mjs';

const { entries } = JSON.parse(readFileSync(join(root, 'size-budgets.json'), 'utf8'));
const consentEntries = entries.filter((entry) => /^(core: consent|react: cookie notice)/.test(entry.name));
console.log('consent entry | gzipped | budget | against');
for (const entry of consentEntries) {
  const { jsBytes, cssBytes, totalBytes } = await measureEntry(entry);
  const split = cssBytes ? ` (js ${kb(jsBytes)} + css ${kb(cssBytes)})` : '';
  const ratio = (totalBytes / 1000 / entry.peer.kb).toFixed(2);
  console.log(
    `${entry.name} | ${kb(totalBytes)}${split} | ${entry.limitKb} kB | ${ratio} × ${entry.peer.name} (${entry.peer.kb} kB)`,
  );
}

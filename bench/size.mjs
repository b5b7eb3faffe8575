// Reports the gzipped size of every public entry listed in size-budgets.json, against its budget
// and the peer figure it is compared with (where the entry names one). Run after `pnpm build`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kb, measureEntry, root } from '../scripts/size.mjs';

const { entries } = JSON.parse(readFileSync(join(root, 'size-budgets.json'), 'utf8'));
console.log('entry | gzipped | budget | peer');
for (const entry of entries) {
  const { jsBytes, cssBytes, totalBytes } = await measureEntry(entry);
  const split = cssBytes ? ` (js ${kb(jsBytes)} + css ${kb(cssBytes)})` : '';
  const peer = entry.peer
    ? `${entry.peer.name} ${entry.peer.kb} kB → ratio ${(totalBytes / 1000 / entry.peer.kb).toFixed(2)}`
    : '–';
  console.log(`${entry.name} | ${kb(totalBytes)}${split} | ${entry.limitKb} kB | ${peer}`);
}

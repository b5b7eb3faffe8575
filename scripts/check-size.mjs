// Fails when a public entry outgrows its gzipped budget in size-budgets.json. Run after `pnpm build`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kb, measureEntry, root } from './size.mjs';

const budgets = JSON.parse(readFileSync(join(root, 'size-budgets.json'), 'utf8'));
let failed = 0;
for (const entry of budgets.entries) {
  const { jsBytes, cssBytes, totalBytes } = await measureEntry(entry);
  const limit = entry.limitKb * 1000;
  const ok = totalBytes <= limit;
  if (!ok) failed += 1;
  const parts = cssBytes ? ` (js ${kb(jsBytes)} + css ${kb(cssBytes)})` : '';
  console.log(`${ok ? 'ok  ' : 'OVER'} ${entry.name}: ${kb(totalBytes)}${parts} of ${entry.limitKb} kB`);
}
if (failed) {
  console.error(`${failed} entr${failed === 1 ? 'y is' : 'ies are'} over budget.`);
  process.exit(1);
}

// Runs every benchmark script in bench/ (each *.mjs except this one and shared *-lib.mjs) one after the other, after
// building the packages. Each prints its own report; figures are ratios against peers in the same run.
import { execSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
execSync('pnpm build', { stdio: 'inherit', cwd: join(here, '..') });
for (const file of readdirSync(here).sort()) {
  if (!file.endsWith('.mjs') || file === 'run-all.mjs' || file.endsWith('-lib.mjs')) continue;
  if (only.length && !only.some((name) => file.includes(name))) continue;
  console.log(`\n=== bench/${file} ===`);
  execSync(`node ${join(here, file)}`, { stdio: 'inherit', cwd: join(here, '..') });
}

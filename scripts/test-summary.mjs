// Prints one closing line for the whole test command, "N passed, N failed", from the JSON reports the
// vitest runs wrote to .test-results/ (a run that failed has already stopped the command).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './size.mjs';

const dir = join(root, '.test-results');
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
}
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);

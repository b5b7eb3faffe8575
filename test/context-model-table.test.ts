import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const root = join(__dirname, '..');

// The table is generated from the corpus and the feature code: a change to either must come with a
// retrained table (`node scripts/build-context-model.mjs`), or the shipped model reads features it
// was not trained on.
it('ships the context model table that the corpus and the feature code train', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lgm-context-model-'));
  try {
    const out = join(dir, 'table.ts');
    execFileSync('node', [join(root, 'scripts/build-context-model.mjs'), '--out', out], { stdio: 'ignore' });
    const committed = readFileSync(join(root, 'packages/core/src/detection/context-model-table.ts'), 'utf8');
    expect(readFileSync(out, 'utf8') === committed, 'run node scripts/build-context-model.mjs').toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

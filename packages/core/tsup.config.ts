import { defineConfig } from 'tsup';
// @ts-expect-error: a plain .mjs build helper
import { entryPoints } from '../../scripts/source-modules.mjs';

export default defineConfig({
  // Every source module is its own entry and shared code goes to chunks, so the ESM build keeps the
  // module graph. With `"sideEffects": false`, a user's bundler then drops whole modules it does not
  // use (the detector's tables, the policy text, js-cookie) instead of keeping every top-level value.
  // (Listed sorted, not by a glob: see scripts/source-modules.mjs.)
  entry: entryPoints('src', ['.ts']),
  format: ['esm', 'cjs'],
  splitting: true,
  dts: { entry: 'src/index.ts' },
  sourcemap: true,
  clean: true,
  target: 'es2020',
});

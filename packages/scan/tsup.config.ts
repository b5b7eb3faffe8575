import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// Two builds into one dist/: the library (ESM + CJS + declarations) and the command with its worker
// (ESM only, run by Node). Each cleans only its own files, because tsup runs them side by side.
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: ['index.*'],
    target: 'es2022',
    treeshake: true,
  },
  {
    entry: { cli: 'src/cli.ts', 'scan-worker': 'src/scan-worker.ts' },
    format: ['esm'],
    platform: 'node',
    sourcemap: true,
    clean: ['cli.*', 'scan-worker.*'],
    splitting: false,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    define: { __SCAN_VERSION__: JSON.stringify(version) },
  },
]);

import { copyFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
// @ts-expect-error: a plain .mjs build helper
import { entryPoints } from '../../scripts/source-modules.mjs';
// @ts-expect-error: a plain .mjs build helper
import { splitStyles } from './split-styles.mjs';

export default defineConfig({
  // One entry per module, as in core: a user's bundler drops the components it does not use, even
  // those defined with memo() or forwardRef() at the top level.
  // (listed sorted, not by a glob: see scripts/source-modules.mjs)
  entry: entryPoints('src', ['.ts', '.tsx']),
  format: ['esm', 'cjs'],
  splitting: true,
  dts: { entry: 'src/index.ts' },
  sourcemap: true,
  clean: true,
  target: 'es2020',
  // Every component is a client component (hooks, effects): Next.js App Router needs the directive.
  banner: { js: "'use client';" },
  external: ['react', 'react-dom', '@loggamera/privacy-core'],
  onSuccess: async () => {
    copyFileSync('src/styles.css', 'dist/styles.css');
    splitStyles('src/styles.css', 'dist/styles');
  },
});

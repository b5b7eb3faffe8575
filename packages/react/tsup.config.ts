import { copyFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2020',
  // Every component is a client component (hooks, effects): Next.js App Router needs the directive on the entry.
  banner: { js: "'use client';" },
  external: ['react', 'react-dom', '@loggamera/privacy-core'],
  onSuccess: async () => {
    copyFileSync('src/styles.css', 'dist/styles.css');
  },
});

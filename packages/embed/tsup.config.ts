import { defineConfig, type Options } from 'tsup';
// @ts-expect-error: a plain .mjs module shared with bench/embed-size.mjs
import { cssRawPlugin, i18nLiteAlias, kitSourcePlugin, preactAlias, zodLocalGlobalsPlugin } from './build-options.mjs';

// Everything is bundled: the kit (from source), preact as the React runtime, react-hook-form, zod,
// i18next. Only the types refer to @loggamera/privacy-core.
const bundled: Options = {
  noExternal: [/.*/],
  platform: 'browser',
  target: 'es2020',
  define: { 'process.env.NODE_ENV': '"production"' },
  esbuildPlugins: [kitSourcePlugin, cssRawPlugin, zodLocalGlobalsPlugin],
  esbuildOptions(options) {
    options.alias = { ...options.alias, ...preactAlias, ...i18nLiteAlias };
    options.legalComments = 'none';
  },
};

export default defineConfig([
  // For bundlers: ESM and CommonJS, with declarations; both load dist/loggamera-detector.js on demand.
  {
    ...bundled,
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    shims: true, // import.meta.url in the CommonJS build
    // Types are checked against the other packages' sources, so this build never waits for their dist.
    dts: {
      compilerOptions: {
        baseUrl: '.',
        paths: {
          '@loggamera/privacy-core': ['../core/src/index.ts'],
          '@loggamera/privacy-react': ['../react/src/index.ts'],
        },
      },
    },
    sourcemap: true,
  },
  // For partner pages: one classic script, and the detector it imports from beside itself.
  {
    ...bundled,
    entry: { 'loggamera-embed': 'src/script.ts' },
    format: ['iife'],
    minify: true,
    sourcemap: true,
    outExtension: () => ({ js: '.js' }),
  },
  {
    ...bundled,
    entry: { 'loggamera-detector': 'src/detector-chunk.ts' },
    format: ['esm'],
    minify: true,
    sourcemap: true,
    outExtension: () => ({ js: '.js' }),
  },
]);

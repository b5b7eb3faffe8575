// esbuild settings the embed's builds share (tsup.config.ts) with bench/embed-size.mjs.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const packages = resolve(here, '..');
const coreSource = join(packages, 'core/src/index.ts');
const lazyCore = join(here, 'src/core-with-lazy-detector.ts');
const detectorImporters = [lazyCore, join(here, 'src/detector-chunk.ts')];
const unusedTexts = join(here, 'src/unused-texts.ts');

/** React and react-dom as preact/compat: the embed's own small runtime, never the host page's React. */
export const preactAlias = { react: 'preact/compat', 'react-dom': 'preact/compat' };

/** i18next and react-i18next as the embed's small stand-in (src/i18n-lite.ts), tested against i18next. */
export const i18nLiteAlias = {
  i18next: join(here, 'src/i18n-lite.ts'),
  'react-i18next': join(here, 'src/i18n-lite.ts'),
};

/**
 * Bundles the kit from source and loads the personal-data detector lazily: every import of
 * `@loggamera/privacy-core` gets core with a `detectPersonalData` that loads the detector chunk on
 * first use, except in the two modules that must reach the real one.
 */
export const kitSourcePlugin = {
  name: 'loggamera-kit-source',
  setup(build) {
    build.onResolve({ filter: /^@loggamera\/privacy-core$/ }, (args) => ({
      path: detectorImporters.includes(args.importer) ? coreSource : lazyCore,
    }));
    build.onResolve({ filter: /^@loggamera\/privacy-react$/ }, () => ({
      path: join(packages, 'react/src/index.ts'),
    }));
    // Not the texts of the policy page and the request form, which the embed never shows.
    build.onResolve({ filter: /\/locales\/(policy|requests)$/ }, (args) =>
      args.importer.startsWith(join(packages, 'core/src/i18n/')) ? { path: unusedTexts } : undefined,
    );
  },
};

/** Minifies CSS text: drops comments and the whitespace around punctuation. */
function minifyCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

/** Drops the sections of the kit's stylesheet for components the embed does not use. */
function embedSections(css) {
  return css
    .split(/(?=\/\* ── )/)
    .filter((section) => !section.startsWith('/* ── Policy'))
    .join('');
}

/** `import css from './x.css?raw'` gives the file's text, as vite does in the tests (minified here). */
export const cssRawPlugin = {
  name: 'css-raw',
  setup(build) {
    // The path must not end in .css, or tsup's own CSS handling takes the file over.
    build.onResolve({ filter: /\.css\?raw$/ }, (args) => ({
      path: `${resolve(args.resolveDir, args.path.replace(/\?raw$/, ''))}#raw`,
      namespace: 'css-raw',
    }));
    build.onLoad({ filter: /#raw$/, namespace: 'css-raw' }, (args) => ({
      contents: minifyCss(embedSections(readFileSync(args.path.replace(/#raw$/, ''), 'utf8'))),
      loader: 'text',
    }));
  },
};

/**
 * zod keeps its settings and registry on `globalThis`, where a host page's own zod would share them
 * (and the embed's `jitless` setting would change the host's zod). Inside the embed they are module
 * locals: the only global the embed adds is `LoggameraPrivacy`.
 */
export const zodLocalGlobalsPlugin = {
  name: 'zod-local-globals',
  setup(build) {
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]core[\\/](core|registries)\.js$/ }, (args) => ({
      contents: `const zodGlobals = {};\n${readFileSync(args.path, 'utf8').replaceAll('globalThis', 'zodGlobals')}`,
      loader: 'js',
    }));
  },
};

/** The options every embed bundle uses; `runtime: 'react-dom'` builds with real React instead of preact/compat, for comparison. */
export function embedEsbuildOptions({ runtime = 'preact' } = {}) {
  return {
    plugins: [kitSourcePlugin, cssRawPlugin, zodLocalGlobalsPlugin],
    alias: { ...(runtime === 'preact' ? preactAlias : {}), ...i18nLiteAlias },
    define: { 'process.env.NODE_ENV': '"production"' },
    jsx: 'automatic',
    legalComments: 'none',
  };
}

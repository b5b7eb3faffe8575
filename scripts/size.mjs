// Measures what a user's bundle pays for an import from one of the kit's packages: the built ESM
// output, bundled and minified by esbuild with the listed packages left out, then gzipped.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const builtEntries = {
  '@loggamera/privacy-core': join(root, 'packages/core/dist/index.js'),
  '@loggamera/privacy-react': join(root, 'packages/react/dist/index.js'),
  '@loggamera/privacy-embed': join(root, 'packages/embed/dist/index.js'),
};

export const gzipSize = (text) => gzipSync(text, { level: 9 }).length;

/** How a user's bundler builds for the browser: bundled, minified ESM for ES2020, kept in memory. */
export const userBuild = {
  bundle: true,
  minify: true,
  write: false,
  format: 'esm',
  platform: 'browser',
  target: 'es2020',
};

/**
 * @param {{ package?: string, import?: string, file?: string, css?: string[], ignore?: string[] }} entry
 * `import` is what the user writes ("{ createConsentStore }" or "*"); `file` bundles a file instead.
 * @returns {Promise<{ jsBytes: number, cssBytes: number, totalBytes: number }>} gzipped bytes
 */
export async function measureEntry(entry) {
  const stdin = entry.file
    ? undefined
    : { contents: `export ${entry.import} from '${entry.package}';`, resolveDir: root, loader: 'js' };
  const result = await build({
    ...(entry.file ? { entryPoints: [join(root, entry.file)] } : { stdin }),
    ...userBuild,
    alias: builtEntries,
    external: entry.ignore ?? [],
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const js = result.outputFiles.map((f) => f.text).join('\n');
  const css = (entry.css ?? []).map((path) => readFileSync(join(root, path), 'utf8')).join('\n');
  const jsBytes = gzipSize(js);
  const cssBytes = css ? gzipSize(css) : 0;
  return { jsBytes, cssBytes, totalBytes: jsBytes + cssBytes };
}

export const kb = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

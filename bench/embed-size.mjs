// The partner script's gzipped size, built two ways in the same run: with preact/compat standing in
// for React (what ships) and with react-dom (the alternative), against Klaro's 69 kB; plus what
// loads later (the detector chunk), and which packages the first-loaded script is made of.
// Run with `node bench/embed-size.mjs` (no build needed: it bundles from source).
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { embedEsbuildOptions } from '../packages/embed/build-options.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const embed = join(root, 'packages/embed');
const klaroKb = 69; // Klaro 0.7 (klaro.js with its styles), gzipped: the partner-site peer the issue names.
const gz = (text) => gzipSync(text, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

async function bundle(entry, runtime, format) {
  const result = await build({
    ...embedEsbuildOptions({ runtime }),
    entryPoints: [join(embed, entry)],
    absWorkingDir: embed,
    bundle: true,
    minify: true,
    write: false,
    outdir: join(embed, 'out'), // nothing is written; esbuild needs it to name the outputs
    metafile: true,
    format,
    platform: 'browser',
    target: 'es2020',
    logLevel: 'silent',
  });
  const text = result.outputFiles.find((f) => f.path.endsWith('.js')).text;
  return { bytes: gz(text), metafile: result.metafile };
}

// Which package each input byte comes from, as a share of the minified output.
function byPackage(metafile) {
  const output = Object.values(metafile.outputs).find((o) => o.inputs);
  const shares = new Map();
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    const rel = relative(root, join(embed, path));
    const match =
      /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(rel) ??
      /^packages\/(\w+)\/src\/(\w[\w-]*)/.exec(rel);
    const name = match ? (match[2] && !rel.includes('node_modules') ? `kit ${match[1]}/${match[2]}` : match[1]) : rel;
    shares.set(name, (shares.get(name) ?? 0) + bytesInOutput);
  }
  const total = [...shares.values()].reduce((a, b) => a + b, 0);
  return [...shares.entries()].sort((a, b) => b[1] - a[1]).map(([name, bytes]) => [name, bytes / total]);
}

const preact = await bundle('src/script.ts', 'preact', 'iife');
const reactDom = await bundle('src/script.ts', 'react-dom', 'iife');
const detector = await bundle('src/detector-chunk.ts', 'preact', 'esm');

console.log('partner script, loaded first (runtime, form, validation, texts, styles), gzipped:');
console.log(
  `  preact/compat  ${kb(preact.bytes)}  → ratio to Klaro ${(preact.bytes / 1000 / klaroKb).toFixed(2)}  (budget 60 kB)`,
);
console.log(`  react-dom      ${kb(reactDom.bytes)}  → ratio to Klaro ${(reactDom.bytes / 1000 / klaroKb).toFixed(2)}`);
console.log(
  `  chosen: ${preact.bytes <= reactDom.bytes ? 'preact/compat' : 'react-dom'} (${kb(Math.abs(reactDom.bytes - preact.bytes))} smaller)`,
);
console.log(`loaded later, when the description field is first focused: detector ${kb(detector.bytes)}`);
console.log('what the preact script is made of (share of minified bytes):');
for (const [name, share] of byPackage(preact.metafile).slice(0, 16)) {
  console.log(`  ${(share * 100).toFixed(1).padStart(5)}%  ${name}`);
}

import { loadDetector } from './detection-lib.mjs';
import { build } from 'esbuild';
const { join } = await import('node:path');
const out = '/tmp/lgm-lexflags.mjs';
await build({ stdin: { contents: `export * from './detection/lexicon'`, resolveDir: '/work/main/packages/core/src', loader: 'ts' }, bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'silent' });
const m = await import(out);
const names = Object.entries(m).filter(([k,v]) => typeof v === 'number' && k === k.toUpperCase());
const L = m.getLexicon();
console.log(Object.keys(m).join(' '));
for (const w of process.argv.slice(2)) {
  const f = L.get(w);
  console.log(w, f, f===undefined?'':names.filter(([k,v])=>f & v).map(([k])=>k).join('|'));
}

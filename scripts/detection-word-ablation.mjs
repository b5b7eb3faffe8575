// Takes each word of one word list of the detector out in turn and reports, on the corpus parts whose
// errors have been read (bench/detection-lib.mjs, `tunedParts`), what its absence moves and what it
// saves in the gzipped bundle. A word whose absence moves nothing is a candidate to cut when the size
// budget needs room (the twentieth and twenty-first sessions cut 37 words so):
//
//   node scripts/detection-word-ablation.mjs names.ts 'sdagen laddbox'    # thingEnds, in names.ts
//   node scripts/detection-word-ablation.mjs lexicon.ts 'loggamera camfil' # the brands, in lexicon.ts
//
// The first argument is a file of packages/core/src/detection, the second the start of the list's
// string literal (unique in the file). One line a word, tab-separated: the word, the bytes saved, then
// texts with data found and lost, clean texts flagged and no longer flagged, and texts whose findings
// changed at all. About 3 seconds a word on 160,000 texts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { loadDetector, loadTunedCorpus, root, sourceFilter } from '../bench/detection-lib.mjs';

const [file, listStart] = process.argv.slice(2);
if (!file || !listStart) {
  console.error("usage: node scripts/detection-word-ablation.mjs <file in detection/> '<start of the list>'");
  process.exit(2);
}
const source = readFileSync(join(root, 'packages/core/src/detection', file), 'utf8');
const at = source.indexOf(`'${listStart}`);
if (at < 0 || source.indexOf(`'${listStart}`, at + 1) >= 0) {
  console.error(`no single list starts with '${listStart}' in ${file}`);
  process.exit(2);
}
const end = source.indexOf("'", at + 1);
const list = source.slice(at + 1, end).split(' ');
const texts = loadTunedCorpus();

/** The gzipped size of the minified detector with `contents` for the file (as bench/detection-size.mjs measures it). */
async function gzippedSize(contents) {
  const result = await build({
    stdin: {
      contents: `export { detectPersonalData } from './detection/detect';`,
      resolveDir: join(root, 'packages/core/src'),
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    logLevel: 'silent',
    nodePaths: [join(root, 'packages/core/node_modules')],
    plugins: [
      {
        name: 'replace-list',
        setup(b) {
          b.onLoad({ filter: sourceFilter(file) }, () => ({ contents, loader: 'ts' }));
        },
      },
    ],
  });
  return gzipSync(result.outputFiles[0].text, { level: 9 }).length;
}

let count = 0;
/** The findings of every text, one string each, with the file's contents replaced. */
async function findings(contents) {
  const { detectPersonalData } = await loadDetector({ source: { file, contents }, tag: `ablation-${count++}` });
  return texts.map((t) =>
    detectPersonalData(t.text)
      .map((f) => `${f.kind}${f.start}-${f.end}`)
      .join(','),
  );
}

const base = await findings(source);
const baseSize = await gzippedSize(source);
for (const word of list) {
  const replaced = source.slice(0, at + 1) + list.filter((w) => w !== word).join(' ') + source.slice(end);
  const now = await findings(replaced);
  const moved = { found: 0, lost: 0, flagged: 0, unflagged: 0, changed: 0 };
  for (const [k, t] of texts.entries()) {
    if (now[k] === base[k]) continue;
    moved.changed += 1;
    const was = base[k] !== '';
    const is = now[k] !== '';
    if (was === is) continue;
    if (t.spans.length > 0) moved[is ? 'found' : 'lost'] += 1;
    else moved[is ? 'flagged' : 'unflagged'] += 1;
  }
  const saved = baseSize - (await gzippedSize(replaced));
  console.log([word, saved, moved.found, moved.lost, moved.flagged, moved.unflagged, moved.changed].join('\t'));
}

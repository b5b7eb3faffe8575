// Size of the personal-data detector as a user's bundle pays for it (bundled from source, minified,
// gzipped), split into detector code, phone metadata (libphonenumber-js's) and name lexicon; then
// what each cut that keeps the lexicon small costs in name recall on the whole corpus (all parts), by
// rebuilding the lexicon without that cut.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import { gzipSize } from '../scripts/size.mjs';
import { detectorGzipBytes, loadDetector, loadTunedCorpus, root, score } from './detection-lib.mjs';

/** The detector's gzipped bytes with some files stubbed (`stubs`: a path's pattern → the stub's source). */
const gzBundle = (stubs = {}) =>
  detectorGzipBytes([
    {
      name: 'stubs',
      setup(b) {
        for (const [filter, contents] of Object.entries(stubs)) {
          b.onResolve({ filter: new RegExp(filter) }, (args) => ({ path: args.path, namespace: 'stub' }));
          b.onLoad({ filter: new RegExp(filter), namespace: 'stub' }, () => ({ contents, loader: 'ts' }));
        }
      },
    },
  ]);

const emptyLexicon = `export const firstNames = ''; export const surnames = ''; export const commonSurnames = ''; export const words = ''; export const nameWords = ''; export const places = ''; export const surnamePrefixes = ''; export const surnameSuffixes = '';`;
const total = await gzBundle();
const noLexicon = await gzBundle({ 'name-lexicon$': emptyLexicon });
const noMetadata = await gzBundle({ 'phone-metadata$': 'export const phoneMetadata = {};' });
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
console.log(`detectPersonalData, minified + gzipped: ${kB(total)} (goal ≤ 40 kB)`);
const lexiconShare = total - noLexicon;
const metadataShare = total - noMetadata;
console.log(`  name lexicon      ${kB(lexiconShare)}`);
console.log(`  phone metadata    ${kB(metadataShare)}`);
// (libphonenumber-js's metadata only: no code of it is bundled, see detection/numbers.ts)
console.log(
  `  detector code     ${kB(total - lexiconShare - metadataShare)} (rules, context word lists, places, the phone check)`,
);

// What each cut costs: rebuild the lexicon without it, measure size and name recall.
const corpus = loadTunedCorpus();
const variants = [
  ['shipped', {}],
  ['all SCB first names (no length cut)', { LEXICON_FIRST_MAX: '99' }],
  ['SCB first names up to 6 letters', { LEXICON_FIRST_MAX: '6' }],
  ['SCB first names up to 4 letters', { LEXICON_FIRST_MAX: '4' }],
  [
    'SCB first names up to 4 letters, none for being in a word list (the cut until 2026-11-26)',
    { LEXICON_FIRST_MAX: '4', LEXICON_NO_DICT_NAMES: '1' },
  ],
  ['without the names the Swedish word list spells capitalised (Agneta, Solveig)', { LEXICON_NO_DICT_NAMES: '1' }],
  ["the English word list's names of any length, not only up to 3 letters", { LEXICON_DICT_EN_MAX: '99' }],
  ['without the kept long first names (hyphen parts, -son stems)', { LEXICON_NO_STEMS: '1' }],
  ['SCB surnames up to 6 letters', { LEXICON_SURNAME_MAX: '6' }],
  ['SCB surnames up to 3 letters (the cut before 2026-11-26)', { LEXICON_SURNAME_MAX: '3' }],
  ['SCB surnames up to 4 letters', { LEXICON_SURNAME_MAX: '4' }],
  [
    'with every 2-letter Swedish-word surname (En, Ok, As; the cut until the twenty-third session)',
    { LEXICON_SURNAME_WORD_MAX: '2' },
  ],
  ['Swedish-word surnames up to 7 letters (the cut before 2026-11-26)', { LEXICON_SURNAME_WORD_MAX: '7' }],
  ['Swedish-word surnames up to 5 letters (the cut of the morning of 2026-11-26)', { LEXICON_SURNAME_WORD_MAX: '5' }],
  ['Swedish-word surnames up to 4 letters (the cut of the evening of 2026-11-26)', { LEXICON_SURNAME_WORD_MAX: '4' }],
  ["without the project's own lists", { LEXICON_NO_OWN: '1' }],
  ['first parts of built surnames with 4+ last parts (the cut before 2026-11-26)', { LEXICON_PREFIX_MIN: '4' }],
  ['first parts of built surnames with 10+ last parts', { LEXICON_PREFIX_MIN: '10' }],
  [
    'first parts of built surnames with 20+ last parts (the cut until held-out-24 was read)',
    { LEXICON_PREFIX_MIN: '20' },
  ],
];
console.log('\nlexicon variant | lexicon gz | name recall | name precision | name F1 | texts with data flagged');
for (const [index, [name, env]] of variants.entries()) {
  const out = join('/tmp', `lgm-lexicon-${process.pid}-${index}.ts`);
  execFileSync('node', [join(root, 'scripts/build-name-lexicon.mjs'), '--out', out], {
    env: { ...process.env, ...env },
    stdio: 'ignore',
  });
  // (one bundle per variant: Node caches a module by its path, so two variants must never share one;
  // until 2026-11-26 the tag was the name's length, and two names of the same length measured the same
  // bundle twice)
  const { detectPersonalData } = await loadDetector({ lexiconFile: out, tag: `lex${index}` });
  const r = score(corpus, (text) => detectPersonalData(text));
  const size = await gzLexicon(out);
  const k = r.perKind.name;
  console.log(
    `${name} | ${kB(size)} | ${k.recall.toFixed(3)} | ${k.precision.toFixed(3)} | ${k.f1.toFixed(3)} | ${(r.textRecall * 100).toFixed(1)}%`,
  );
}

async function gzLexicon(file) {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    logLevel: 'silent',
  });
  return gzipSize(result.outputFiles[0].text);
}

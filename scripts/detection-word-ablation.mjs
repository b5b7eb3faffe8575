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
import { ablationOf, detectionSource } from '../bench/detection-lib.mjs';

const [file, listStart] = process.argv.slice(2);
if (!file || !listStart) {
  console.error("usage: node scripts/detection-word-ablation.mjs <file in detection/> '<start of the list>'");
  process.exit(2);
}
const source = detectionSource(file);
const at = source.indexOf(`'${listStart}`);
if (at < 0 || source.indexOf(`'${listStart}`, at + 1) >= 0) {
  console.error(`no single list starts with '${listStart}' in ${file}`);
  process.exit(2);
}
const end = source.indexOf("'", at + 1);
const list = source.slice(at + 1, end).split(' ');
const measure = await ablationOf(file, source);
for (const word of list) {
  const replaced = source.slice(0, at + 1) + list.filter((w) => w !== word).join(' ') + source.slice(end);
  const moved = await measure(replaced);
  console.log([word, moved.saved, moved.found, moved.lost, moved.flagged, moved.unflagged, moved.changed].join('\t'));
}

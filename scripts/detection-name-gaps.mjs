// Lists where the name lexicon falls short on the corpus parts whose errors have been read
// (bench/detection-lib.mjs, `tunedParts`), for choosing what to add and what to cut when the size
// budget is full (the twenty-ninth session chose its 41 names and four surname parts so):
//
//   node scripts/detection-name-gaps.mjs            # the three lists, 40 rows each
//   node scripts/detection-name-gaps.mjs --top 100
//
// 1. Words of labelled names that the lexicon does not list and the rules do not build as surnames,
//    by the texts with data the detector misses entirely, then by the name spans it misses; with how
//    often the same capitalised word stands in a clean text (a word that does is a risk to add).
// 2. First parts of built surnames that the lexicon does not keep, by the labelled words they would
//    build with a known last part (each an SCB surname), and the capitalised words of clean texts they
//    would build (any word: the rule reads places too, `Bäckby`).
// 3. The project's own first names that no tuned text holds at all: cutting one changes no finding on
//    the tuned parts, so they are what a swap can take room from (weigh them against fresh text first).
// Adding a word needs the lexicon rebuilt (`node scripts/build-name-lexicon.mjs`) and the change
// measured (`node scripts/detection-compare.mjs HEAD`): this script only says where to look.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDetector, loadTunedCorpus } from '../bench/detection-lib.mjs';
import { namesDir, namesFromElsewhere, ownList, surnameSuffixes } from './name-lexicon-lists.mjs';

const args = process.argv.slice(2);
const top = args.includes('--top') ? Number(args[args.indexOf('--top') + 1]) : 40;
const { detectPersonalData, getLexicon, isRuleSurname, FIRST, SURNAME } = await loadDetector({ tag: 'name-gaps' });
const lexicon = getLexicon();
const isKnown = (word) => ((lexicon.get(word) ?? 0) & (FIRST | SURNAME)) !== 0 || isRuleSurname(word);
const scbSurnames = new Set(
  readFileSync(join(namesDir, 'scb-lastnames-1999-2017.txt'), 'utf8')
    .split('\n')
    .map((name) => name.toLowerCase()),
);
const capitalised = /\p{Lu}\p{Ll}+/gu;

const gaps = new Map();
const inClean = new Map();
const seen = new Set();
const texts = loadTunedCorpus();
for (const { text, spans } of texts) {
  for (const word of text.match(/\p{L}+/gu) ?? []) seen.add(word.toLowerCase());
  if (!spans.length) {
    for (const word of text.match(capitalised) ?? []) {
      const lower = word.toLowerCase();
      inClean.set(lower, (inClean.get(lower) ?? 0) + 1);
    }
    continue;
  }
  const found = detectPersonalData(text);
  const missedText = found.length === 0;
  for (const span of spans) {
    if (span.kind !== 'name') continue;
    const missedSpan = !found.some((f) => f.kind === 'name' && f.start < span.end && span.start < f.end);
    for (const word of span.text.match(capitalised) ?? []) {
      const lower = word.toLowerCase();
      if (isKnown(lower)) continue;
      const gap = gaps.get(lower) ?? { labelled: 0, textsMissed: 0, spansMissed: 0 };
      gap.labelled += 1;
      if (missedText) gap.textsMissed += 1;
      if (missedSpan) gap.spansMissed += 1;
      gaps.set(lower, gap);
    }
  }
}

console.log(`${texts.length} tuned texts\n`);
console.log('1. words of labelled names no list holds and no rule builds');
console.log('word | labelled | texts missed | spans missed | capitalised in clean texts');
for (const [word, gap] of [...gaps]
  .sort(([, a], [, b]) => b.textsMissed - a.textsMissed || b.spansMissed - a.spansMissed)
  .slice(0, top))
  console.log(`${word} | ${gap.labelled} | ${gap.textsMissed} | ${gap.spansMissed} | ${inClean.get(word) ?? 0}`);

// 2. first parts: a labelled word that is an SCB surname, unknown, and ends in a known last part
const prefixes = new Map();
const tally = (map, prefix, word, count) => {
  const entry = map.get(prefix) ?? { count: 0, words: new Set() };
  entry.count += count;
  entry.words.add(word);
  map.set(prefix, entry);
};
const cleanPrefixes = new Map();
for (const [word, gap] of gaps)
  for (const suffix of surnameSuffixes)
    if (scbSurnames.has(word) && word.length > suffix.length + 1 && word.endsWith(suffix))
      tally(prefixes, word.slice(0, -suffix.length), word, gap.labelled);
for (const [word, count] of inClean)
  if (!isKnown(word))
    for (const suffix of surnameSuffixes)
      if (word.length > suffix.length + 1 && word.endsWith(suffix))
        tally(cleanPrefixes, word.slice(0, -suffix.length), word, count);
console.log('\n2. first parts of built surnames the lexicon does not keep');
console.log('first part | labelled words it would build | clean words it would build');
for (const [prefix, entry] of [...prefixes]
  .filter(([prefix]) => prefix.length >= 2)
  .sort(([, a], [, b]) => b.count - a.count)
  .slice(0, top)) {
  const clean = cleanPrefixes.get(prefix);
  console.log(
    `${prefix} | ${entry.count} (${[...entry.words].join(', ')}) | ${clean ? `${clean.count} (${[...clean.words].join(', ')})` : 0}`,
  );
}

// 3. the project's own first names no tuned text holds
console.log("\n3. the project's own first names that no tuned text holds");
for (const [list, names] of [
  ['english-first-names.txt', ownList('english-first-names.txt')],
  ['swedish-common-first-names.txt', ownList('swedish-common-first-names.txt')],
  ['names-from-elsewhere.txt', namesFromElsewhere().first],
]) {
  const unseen = names.filter((name) => !name.includes('-') && !seen.has(name.toLowerCase()));
  console.log(
    `${list}: ${unseen.length} of ${names.length}: ${unseen.slice(0, top).join(' ')}${unseen.length > top ? ' …' : ''}`,
  );
}

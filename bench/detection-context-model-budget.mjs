// What the context model's budget costs: the model is trained without the test parts and packed at
// several budgets (scripts/build-context-model.mjs --max-weights: only the most used weights are
// kept), then scored on the test parts with the rules of this tree. The shipped budget is 15,000
// weights; "all" keeps every one.
//
//   node bench/detection-context-model-budget.mjs
//   node bench/detection-context-model-budget.mjs --test held-out-140,held-out-141 --budgets 15000,10500
//
// The test parts must be tuned parts (their errors read): the blind and sealed ones are refused.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus, loadDetector, root, score, tunedParts } from './detection-lib.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const testParts = option(
  'test',
  'held-out-148,held-out-149,held-out-150,held-out-151,held-out-152,held-out-153,held-out-154,held-out-155',
).split(',');
const budgets = option('budgets', 'all,17000,15000,12500,10500,9000').split(',');
if (testParts.some((part) => !tunedParts.includes(part))) {
  console.error('only tuned parts can be tested here (bench/detection-lib.mjs)');
  process.exit(2);
}
const trainParts = tunedParts.filter((part) => !testParts.includes(part));
const corpus = testParts.flatMap((part) => loadCorpus(part));

const pct = (x) => `${(x * 100).toFixed(2)}%`;
const row = (label, weights, bytes, r) =>
  console.log(
    `| ${label} | ${weights} | ${bytes} | ${pct(r.textRecall)} | ${pct(r.cleanFlagRate)} | ${r.perKind.name.f1.toFixed(3)} |`,
  );
console.log(
  `test: ${testParts.join(', ')} (${corpus.length} texts); trained on the other ${trainParts.length} tuned parts`,
);
console.log(
  '| weights kept at most | weights not zero | table (bytes gzipped) | texts with data flagged | clean texts flagged | F1 name |',
);
console.log('| --- | --- | --- | --- | --- | --- |');
const rules = await loadDetector({ tag: 'budget-rules' });
row(
  'rules alone',
  '–',
  '–',
  score(corpus, (text) => rules.detectPersonalData(text)),
);
for (const budget of budgets) {
  const out = join('/tmp', `lgm-context-table-${process.pid}-${budget}.ts`);
  const log = execFileSync(
    'node',
    [
      join(root, 'scripts/build-context-model.mjs'),
      '--out',
      out,
      '--parts',
      trainParts.join(','),
      '--max-weights',
      budget === 'all' ? '1e9' : budget,
    ],
    { cwd: root },
  ).toString();
  const weights = log.match(/(\d+) weights not zero/)?.[1] ?? '?';
  const bytes = log.match(/table (\d+) bytes/)?.[1] ?? '?';
  const m = await loadDetector({ contextModelTableFile: out, tag: `budget-${budget}` });
  row(
    budget,
    weights,
    bytes,
    score(corpus, (text) => m.detectPersonalData(text, { contextModel: m.nameContextModel })),
  );
  rmSync(out);
}

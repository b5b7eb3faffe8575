// Compares the detector of this working tree with the one at another git revision, text by text, on
// the corpus parts whose errors have been read (bench/detection-lib.mjs, `tunedParts`): which verdicts
// a change moves (a text with data found or lost, a clean text flagged or no longer), and with
// `--spans` which findings it moves inside texts whose verdict stays. For reviewing a rule before it is
// committed, and for checking that a refactoring changes nothing:
//
//   node scripts/detection-compare.mjs HEAD            # what the uncommitted change moves
//   node scripts/detection-compare.mjs a5fae39 --spans  # since a revision, spans too
//   node scripts/detection-compare.mjs HEAD --exact     # every finding and confidence, at threshold 0.01 too
//   node scripts/detection-compare.mjs HEAD held-out-90 held-out-91
//
// The blind parts (`blindParts`) are refused unless `--blind` is given: their errors are not to be read
// (bench/corpus/README.md). The other revision is checked out in a temporary git worktree, removed at
// the end.
import {
  blindParts,
  loadCorpus,
  loadDetector,
  sealedParts,
  tunedParts,
  withDetectorAt,
} from '../bench/detection-lib.mjs';

const args = process.argv.slice(2);
const flags = new Set(args.filter((arg) => arg.startsWith('--')));
const [revision, ...named] = args.filter((arg) => !arg.startsWith('--'));
if (!revision) {
  console.error('usage: node scripts/detection-compare.mjs <git revision> [part …] [--spans] [--exact] [--blind]');
  process.exit(2);
}
const parts = named.length ? named : tunedParts;
if (parts.some((part) => sealedParts.includes(part))) {
  console.error('the sealed parts are not to be measured yet (bench/detection-lib.mjs)');
  process.exit(2);
}
const blind = parts.filter((part) => blindParts.includes(part));
if (blind.length && !flags.has('--blind')) {
  console.error(`${blind.join(', ')}: blind parts, whose errors are not to be read (--blind compares them anyway)`);
  process.exit(2);
}

await withDetectorAt(revision, async (before, commit) => {
  const after = (await loadDetector({ tag: 'compare-after' })).detectPersonalData;
  const shown = (found) => found.map((f) => `${f.kind}:${f.text}`).join('; ');
  const counts = { found: 0, lost: 0, 'clean flagged': 0, 'clean no longer flagged': 0, spans: 0, other: 0 };
  let texts = 0;
  for (const part of parts) {
    for (const { text, spans } of loadCorpus(part)) {
      texts += 1;
      if (flags.has('--exact')) {
        for (const threshold of [0.01, undefined]) {
          const a = JSON.stringify(after(text, { threshold }));
          const b = JSON.stringify(before(text, { threshold }));
          if (a !== b) {
            counts.other += 1;
            console.log(
              `${part} DIFFERS (threshold ${threshold ?? 'default'}) ${text.slice(0, 120)}\n  now ${a}\n  was ${b}`,
            );
          }
        }
        continue;
      }
      const a = after(text);
      const b = before(text);
      if (shown(a) === shown(b)) continue;
      let tag = 'spans';
      if (spans.length && a.length && !b.length) tag = 'found';
      else if (spans.length && !a.length && b.length) tag = 'lost';
      else if (!spans.length && a.length && !b.length) tag = 'clean flagged';
      else if (!spans.length && !a.length && b.length) tag = 'clean no longer flagged';
      counts[tag] += 1;
      if (tag === 'spans' && !flags.has('--spans')) continue;
      const labels = spans.map((s) => `${s.kind}:${s.text}`).join('; ');
      console.log(
        `${part} ${tag.toUpperCase()} now [${shown(a)}] was [${shown(b)}] labels [${labels}] ${text.replace(/\n/g, ' ⏎ ').slice(0, 240)}`,
      );
    }
  }
  const summary = flags.has('--exact')
    ? `${counts.other} of ${texts} texts differ in a finding or a confidence`
    : Object.entries(counts)
        .filter(([key]) => key !== 'other')
        .map(([key, value]) => `${key} ${value}`)
        .join(', ');
  console.log(`\n${texts} texts in ${parts.length} parts, against ${revision} (${commit.slice(0, 7)}): ${summary}`);
});

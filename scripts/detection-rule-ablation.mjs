// Turns off each one-statement rule of packages/core/src/detection/names.ts in turn (an `if` whose body
// is one statement: `if (…) return false;`, `if (…) score = 0;`, `if (…) continue;`, on one line or with
// its condition over several) and reports, on the corpus parts whose errors have been read
// (bench/detection-lib.mjs, `tunedParts`), what its absence moves and what it saves in the gzipped
// bundle. A rule whose absence moves nothing (and whose tests still pass without it) decides nothing the
// corpus holds: a candidate to cut when the size budget needs room; one whose absence finds texts or
// flags fewer clean ones, and loses none, is a rule to read again. The thirtieth session found six checks
// that decided nothing and one rule that only flagged clean texts so:
//
//   node scripts/detection-rule-ablation.mjs                 # every rule (about 320, some 5 s each)
//   node scripts/detection-rule-ablation.mjs 2000 2500       # the rules on lines 2000 to 2499
//   node scripts/detection-rule-ablation.mjs 0 99999 2 1     # every second rule, from the second: run two at once
//
// One line a rule, tab-separated: its line, the bytes saved, texts with data found and lost, clean
// texts flagged and no longer flagged, texts whose findings changed at all, and the line's text (or
// `throws` and the error, for a rule whose absence makes the detector throw). A
// rule is turned off by making its condition false (`if (!1 && (…))`), so esbuild drops it and
// whatever only it used. A rule that guards a loop's end may never end without it: such a run is
// stopped by hand and the range started again after its line. The findings are compared at the default
// threshold, so a rule that only moves confidences shows no change: check a cut with
// `node scripts/detection-compare.mjs HEAD --exact`.
import { ablationOf, detectionSource } from '../bench/detection-lib.mjs';

const file = 'names.ts';
const [from = 0, to = Number.POSITIVE_INFINITY, step = 1, offset = 0] = process.argv.slice(2).map(Number);
const source = detectionSource(file);
const lines = source.split('\n');

/** `if (condition) statement;` on one line: its indent, condition and statement (brackets balanced). */
function splitIf(line) {
  const head = /^(\s*)if \(/.exec(line);
  if (!head) return undefined;
  let depth = 1;
  let k = head[0].length;
  for (; k < line.length && depth > 0; k += 1) {
    if (line[k] === '(') depth += 1;
    else if (line[k] === ')') depth -= 1;
  }
  const statement = line.slice(k).trim();
  if (depth !== 0 || !statement.endsWith(';') || statement.includes('{')) return undefined;
  return [head[1], line.slice(head[0].length, k - 1), statement];
}

// the rules: an `if (…) statement;` on one line, or an `if (` whose condition ends in a line `)` and
// whose one statement is the line after it
const rules = [];
for (const [i, line] of lines.entries()) {
  const single = splitIf(line);
  if (single) {
    const [indent, condition, statement] = single;
    rules.push({
      line: i,
      off: (ls) => {
        ls[i] = `${indent}if (!1 && (${condition})) ${statement}`;
      },
    });
    continue;
  }
  if (i === 0 || !/^\s*\)\s*$/.test(lines[i - 1]) || !/^\s+[^{}]*;\s*$/.test(line)) continue;
  const indent = lines[i - 1].replace(/\).*$/, '');
  let opening = i - 2;
  while (opening > 0 && lines[opening] !== `${indent}if (` && i - opening < 40) opening -= 1;
  if (lines[opening] !== `${indent}if (`) continue;
  rules.push({
    line: i,
    off: (ls) => {
      ls[opening] = `${indent}if (!1 && (`;
      ls[i - 1] = `${indent}))`;
    },
  });
}

const measure = await ablationOf(file, source);
const chosen = rules.filter((rule, k) => rule.line + 1 >= from && rule.line + 1 < to && k % step === offset);
console.error(`${rules.length} rules in ${file}, ${chosen.length} to turn off`);
for (const rule of chosen) {
  const changed = [...lines];
  rule.off(changed);
  const contents = changed.join('\n');
  // (a rule some later code relies on, a set it fills or a value it checks, throws without it: reported so)
  const moved = await measure(contents).catch((error) => ({ error }));
  const figures = moved.error
    ? ['throws', String(moved.error.message).slice(0, 60)]
    : [moved.saved, moved.found, moved.lost, moved.flagged, moved.unflagged, moved.changed];
  console.log([rule.line + 1, ...figures, lines[rule.line].trim().slice(0, 100)].join('\t'));
}

// An experiment, not shipped: does a model of the sentence around a word, learned from the labelled
// corpus, move the verdicts on fresh text that rounds of hand-written rules did not? (The tenth
// session's note, option A.)
//
// Every capitalised word of two letters or more is an example, labelled a name when it lies in a
// labelled name. Its features are the words around it (the one before and after, and two away), how it
// ends and starts, its length, where it stands (a sentence's or a line's start, the text's end), its
// capitals and letters, and the word itself; they are hashed into a table of weights, and a logistic
// regression is trained on the training parts by stochastic gradient descent (a fixed seed: the same
// figures each run). On the test parts, the model then:
//   - adds a name for each capitalised word it scores at least `add` (and the rules did not find), and
//   - vetoes the rules' name findings whose words it all scores below `veto`.
// The rules' findings are those of this tree's detector, or with `--rev` of another revision's (in a
// temporary worktree): to measure on parts that were fresh to that revision, train on the parts it was
// made from. Figures are the bench's (`score` in detection-lib.mjs): texts with data flagged, clean
// texts flagged, F1 per kind.
//
//   node bench/detection-context-model.mjs                 # = --rev 546162f --test held-out-88,…,held-out-93
//   node bench/detection-context-model.mjs --test held-out-94,held-out-95,held-out-96,held-out-97
//
// Options: --train a,b (default: the tuned parts not tested), --config name (one of `configs` below;
// default all of them), --list (the texts whose verdict the model moves; refused with --blind).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  blindParts,
  loadCorpus,
  loadDetector,
  pct,
  root,
  score,
  sealedParts,
  tunedParts,
  withDetectorAt,
} from './detection-lib.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
// With no --test (as `pnpm bench` runs it): held-out-88 to 93 with the rules of 546162f, the tenth
// session's start, to which those parts were fresh.
const defaults = !option('test');
const testParts = defaults
  ? ['held-out-88', 'held-out-89', 'held-out-90', 'held-out-91', 'held-out-92', 'held-out-93']
  : option('test').split(',').filter(Boolean);
const revision = defaults ? '546162f' : option('rev');
const trainParts = (option('train')?.split(',') ?? tunedParts).filter((part) => !testParts.includes(part));
const blind = testParts.filter((part) => blindParts.includes(part));
if ([...testParts, ...trainParts].some((part) => sealedParts.includes(part))) {
  console.error('the sealed parts are not to be measured yet (bench/detection-lib.mjs)');
  process.exit(2);
}
if (trainParts.some((part) => blindParts.includes(part))) {
  console.error('the blind parts are never trained on');
  process.exit(2);
}
if (blind.length && !args.includes('--blind')) {
  console.error(`${blind.join(', ')}: blind parts (--blind measures them; each is to be measured once)`);
  process.exit(2);
}
if (blind.length && args.includes('--list')) {
  console.error('--list would show the blind parts’ errors');
  process.exit(2);
}

/**
 * The configurations, fixed before any fresh part was measured: `all` (every feature, 2^20 weights, as
 * floats: what the idea can do) and `small` (no features two words away, 2^14 weights of 4 bits: what
 * might be shipped, 4 kB gzipped).
 */
const configs = {
  all: { bits: 20, drop: [], quantBits: 0 },
  small: { bits: 14, drop: ['p2', 'n2', 'p2p1', 'n1n2', 'st_p1', 'st_n1'], quantBits: 4 },
};
const thresholds = [
  { add: 0.8, veto: 0.1 },
  { add: 0.9, veto: 0.1 },
];

const wordPattern = /\p{L}[\p{L}\p{M}'’-]*|\d+|[^\s\p{L}\d]/gu;
const isCapitalised = (word) => /^\p{Lu}/u.test(word);
const tokensOf = (text) =>
  [...text.matchAll(wordPattern)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
const lower = (token) => (token ? token.word.toLowerCase() : '<none>');
const hashOf = (feature, mask) => {
  let h = 2166136261;
  for (let i = 0; i < feature.length; i += 1) h = Math.imul(h ^ feature.charCodeAt(i), 16777619);
  return (h >>> 0) & mask;
};

function featuresOf(text, tokens, i, config) {
  const { word } = tokens[i];
  const low = word.toLowerCase();
  const [p2, p1, n1, n2] = [tokens[i - 2], tokens[i - 1], tokens[i + 1], tokens[i + 2]];
  const gap = p1 ? text.slice(p1.end, tokens[i].start) : '\n';
  const start = !p1 || /^[.!?:]$/.test(p1.word) || gap.includes('\n');
  const last = !n1 || (!n2 && /^[.!]$/.test(n1.word));
  const features = {
    b: '',
    p1: lower(p1),
    p2: lower(p2),
    n1: lower(n1),
    n2: lower(n2),
    p2p1: `${lower(p2)} ${lower(p1)}`,
    n1n2: `${lower(n1)} ${lower(n2)}`,
    s2: low.slice(-2),
    s3: low.slice(-3),
    pre2: low.slice(0, 2),
    len: Math.min(word.length, 10),
    start,
    w: low,
    allcaps: word === word.toUpperCase(),
    nonascii: [...word].some((c) => c.charCodeAt(0) > 127),
    p1cap: p1 ? isCapitalised(p1.word) : 'x',
    n1cap: n1 ? isCapitalised(n1.word) : 'x',
    last,
    nl: gap.includes('\n'),
    st_p1: `${start}${lower(p1)}`,
    st_n1: `${start}${lower(n1)}`,
  };
  const mask = (1 << config.bits) - 1;
  return Object.entries(features)
    .filter(([name]) => !config.drop.includes(name))
    .map(([name, value]) => hashOf(`${name}=${value}`, mask));
}

/** The capitalised words of a text, with their features. */
function candidatesOf(text, config) {
  const tokens = tokensOf(text);
  const out = [];
  tokens.forEach((token, i) => {
    if (token.word.length > 1 && isCapitalised(token.word))
      out.push({ ...token, x: featuresOf(text, tokens, i, config) });
  });
  return out;
}

function train(config) {
  const examples = [];
  for (const part of trainParts) {
    for (const { text, spans } of loadCorpus(part)) {
      for (const c of candidatesOf(text, config)) {
        const y = spans.some((s) => s.kind === 'name' && s.start < c.end && c.start < s.end) ? 1 : 0;
        examples.push({ x: c.x, y });
      }
    }
  }
  const weights = new Float32Array(1 << config.bits);
  let seed = 1;
  const random = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 4294967296;
  };
  const l2 = 1e-6;
  for (let epoch = 0; epoch < 6; epoch += 1) {
    const rate = 0.2 / (1 + epoch);
    for (let k = examples.length - 1; k > 0; k -= 1) {
      const j = Math.floor(random() * (k + 1));
      [examples[k], examples[j]] = [examples[j], examples[k]];
    }
    for (const { x, y } of examples) {
      const g = probability(weights, x) - y;
      for (const j of x) weights[j] -= rate * (g + l2 * weights[j]);
    }
  }
  let gzipped = 0;
  if (config.quantBits) {
    // weights rounded to the levels of a signed `quantBits`-bit number, the largest weight the top level
    const levels = (1 << (config.quantBits - 1)) - 1;
    const step = weights.reduce((max, w) => Math.max(max, Math.abs(w)), 0) / levels;
    const bytes = new Uint8Array(weights.length);
    weights.forEach((w, j) => {
      const q = Math.max(-levels, Math.min(levels, Math.round(w / step)));
      weights[j] = q * step;
      bytes[j] = q + levels;
    });
    // two 4-bit weights a byte, as a table would be shipped
    const packed = new Uint8Array(Math.ceil(bytes.length / 2));
    for (let j = 0; j < bytes.length; j += 2) packed[j >> 1] = (bytes[j] << 4) | (bytes[j + 1] ?? 0);
    gzipped = gzipSync(config.quantBits <= 4 ? packed : bytes, { level: 9 }).length;
  }
  return { weights, examples: examples.length, names: examples.filter((e) => e.y).length, gzipped };
}

function probability(weights, x) {
  let z = 0;
  for (const j of x) z += weights[j];
  return 1 / (1 + Math.exp(-z));
}

/** The rules' findings, with the model's vetoes and additions. */
function withModel(detect, weights, config, { add, veto }) {
  return (text) => {
    const scored = candidatesOf(text, config).map((c) => ({ ...c, p: probability(weights, c.x) }));
    const found = detect(text).filter((f) => {
      if (f.kind !== 'name') return true;
      const words = scored.filter((c) => c.start < f.end && f.start < c.end);
      return !words.length || words.some((c) => c.p >= veto);
    });
    const added = [];
    for (const c of scored) {
      if (c.p < add || found.some((f) => f.start < c.end && c.start < f.end)) continue;
      const previous = added.at(-1);
      // a full name is one finding: words next to each other, a space or a hyphen between
      if (previous && /^[ -]$/.test(text.slice(previous.end, c.start))) previous.end = c.end;
      else added.push({ kind: 'name', start: c.start, end: c.end });
    }
    return [...found, ...added].sort((a, b) => a.start - b.start);
  };
}

/**
 * The shipped model (context-model.ts), trained by scripts/build-context-model.mjs on the same training
 * parts: with this tree's detector, passed as its option; with another revision's, applied to that
 * detector's findings at a low threshold (close to, not the same as, the option, which sees every
 * finding before the overlaps are settled).
 */
async function shippedModel(detect) {
  const table = join('/tmp', `lgm-context-model-${process.pid}.ts`);
  execFileSync(
    'node',
    [join(root, 'scripts/build-context-model.mjs'), '--parts', trainParts.join(','), '--out', table],
    {
      stdio: 'ignore',
    },
  );
  const mine = await loadDetector({ contextModelTableFile: table, tag: 'context-model-shipped' });
  if (!revision) return (text) => mine.detectPersonalData(text, { contextModel: mine.nameContextModel });
  return (text) => {
    const found = detect(text, { threshold: 0.01 }).map((f) => ({ ...f }));
    mine.nameContextModel(text, found);
    return found.filter((f) => f.confidence >= 0.5).sort((a, b) => a.start - b.start);
  };
}

async function measure(detect) {
  const corpus = testParts.flatMap((part) => loadCorpus(part));
  const row = (label, find) => {
    const r = score(corpus, find);
    const f1 = ['name', 'phone', 'email', 'personal-identity-number', 'address'].map((k) => r.perKind[k].f1.toFixed(2));
    console.log(
      `| ${label} | ${pct(r.textRecall)} (${r.withDataFlagged}/${r.withData}) | ${pct(r.cleanFlagRate)} (${r.cleanFlagged}/${r.clean}) | ${f1.join(' | ')} |`,
    );
  };
  console.log(`Trained on ${trainParts.length} parts; tested on ${testParts.join(', ')}.\n`);
  console.log('| Finder | Texts with data flagged | Clean texts flagged | F1 name | phone | e-mail | PIN | address |');
  console.log('|---|---|---|---|---|---|---|---|');
  row('rules', detect);
  row('rules + nameContextModel (the shipped code, trained on the training parts)', await shippedModel(detect));
  const chosen = option('config') ? [option('config')] : Object.keys(configs);
  for (const name of chosen) {
    const config = configs[name];
    const model = train(config);
    const size = model.gzipped ? `, ${(model.gzipped / 1000).toFixed(1)} kB gzipped` : '';
    for (const t of thresholds)
      row(
        `rules + model ${name} (2^${config.bits} weights${size}; add ≥ ${t.add}, veto < ${t.veto})`,
        withModel(detect, model.weights, config, t),
      );
    if (args.includes('--list')) {
      const find = withModel(detect, model.weights, config, thresholds[0]);
      for (const { text, spans } of corpus) {
        const a = find(text).length > 0;
        const b = detect(text).length > 0;
        if (a === b) continue;
        const tag = spans.length ? (a ? 'FOUND' : 'LOST') : a ? 'CLEAN FLAGGED' : 'CLEAN FIXED';
        console.log(`${name} ${tag} ${text.replace(/\n/g, ' ⏎ ').slice(0, 160)}`);
      }
    }
  }
}

if (revision) await withDetectorAt(revision, (detect) => measure(detect));
else await measure((await loadDetector({ tag: 'context-model' })).detectPersonalData);

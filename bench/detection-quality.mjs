// Quality of detectPersonalData on the labelled corpus (bench/corpus), against redact-pii and
// compromise on the same texts. Per text: share of texts with personal data that are flagged, and of
// clean texts that are (wrongly) flagged. Per span, per kind: precision, recall and F1, where a found
// span counts when it overlaps a labelled span of the same kind (exact-boundary F1 beside it).
// `node bench/detection-quality.mjs --misses` also lists every miss and false finding on dev (`--all`: on
// every part; reading a held-out part's errors spends it, see corpus/README.md).
import {
  blindParts,
  compromiseFinder,
  kinds,
  loadCorpus,
  loadDetector,
  pct,
  redactPiiFinder,
  score,
  tunedParts,
} from './detection-lib.mjs';

const { detectPersonalData, nameContextModel } = await loadDetector();
const finders = {
  detectPersonalData: (text) => detectPersonalData(text),
  // the opt-in context model: trained on the tuned parts, so its figures there are not fresh ones
  '+ nameContextModel': (text) => detectPersonalData(text, { contextModel: nameContextModel }),
  'redact-pii': redactPiiFinder(),
  compromise: compromiseFinder(),
};
// The rules were made on the tuned parts; the blind parts were written blind and their errors were
// never read: their figures are the honest ones (corpus/README.md).
const parts = Object.fromEntries(tunedParts.map((part) => [part, loadCorpus(part)]));
for (const part of blindParts) parts[`${part} (blind; the honest figures)`] = loadCorpus(part);
parts[`tuned on (${tunedParts.join(', ')})`] = tunedParts.flatMap((part) => parts[part]);
for (const [part, corpus] of Object.entries(parts)) {
  console.log(`\n${part}: ${corpus.length} texts`);
  console.log('finder | texts with data flagged | clean texts flagged | F1 name | phone | email | pin | address');
  for (const [name, find] of Object.entries(finders)) {
    const r = score(corpus, find);
    const f = (k) =>
      `${r.perKind[k].f1.toFixed(2)} (P ${r.perKind[k].precision.toFixed(2)} R ${r.perKind[k].recall.toFixed(2)}, exact ${r.perKind[k].exactF1.toFixed(2)})`;
    console.log(
      `${name} | ${pct(r.textRecall)} (${r.withDataFlagged}/${r.withData}) | ${pct(r.cleanFlagRate)} (${r.cleanFlagged}/${r.clean}) | ${kinds.map(f).join(' | ')}`,
    );
    if (
      name === 'detectPersonalData' &&
      process.argv.includes('--misses') &&
      (part === 'dev' || process.argv.includes('--all')) &&
      !part.startsWith('tuned')
    ) {
      for (const m of r.misses) console.log(`  ${m.type} ${m.kind}: «${m.span}» in: ${m.text.replace(/\n/g, ' ')}`);
    }
  }
}

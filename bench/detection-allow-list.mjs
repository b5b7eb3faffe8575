// What an allow list buys on a part whose clean texts are full of units named like people: held-out-79
// (a municipality's care homes, whose units are called Rosen, Linnéa, Tranan …). The list is what the
// portal would know of that facility: the names of its homes and units, as they
// appear in the part (not every capitalised word the detector got wrong). Run after the part's
// errors were read, so this shows what the option does, not a blind figure.
import { loadCorpus, loadDetector, pct, score } from './detection-lib.mjs';

const { detectPersonalData } = await loadDetector();
const corpus = loadCorpus('held-out-79');
// the facility's homes and units, as the portal names them (not the things staff have named:
// a robot cat called Greta, a sensor called Berit, "Gustavs rum")
const allowList = [
  'Rosen',
  'Liljan',
  'Linnéa',
  'Vitsippan',
  'Violen',
  'Tranan',
  'Lärkan',
  'Sjöfågeln',
  'Svalan',
  'Prästkragen',
  'Tusenskönan',
  'Rosengården',
  'Ekbacken',
  'Björkhagen',
  'Solgläntan',
  'Åsbyhem',
];
for (const [label, options] of [
  ['without an allow list', undefined],
  [`with the facility's ${allowList.length} names of homes and units`, { allowList }],
]) {
  const r = score(corpus, (text) => detectPersonalData(text, options));
  console.log(
    `held-out-79, ${label}: ${pct(r.textRecall)} (${r.withDataFlagged}/${r.withData}) of texts with data flagged, ${pct(r.cleanFlagRate)} (${r.cleanFlagged}/${r.clean}) of clean texts flagged, F1 name ${r.perKind.name.f1.toFixed(2)}`,
  );
}

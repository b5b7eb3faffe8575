import { loadCorpus, loadDetector, score, pct, kinds, withDetectorAt } from './detection-lib.mjs';
const parts = process.argv.slice(2).filter(a => !a.startsWith('--'));
const start = process.argv.find(a => a.startsWith('--start='))?.slice(8);
const d = await loadDetector({ tag: 'blind' });
const line = (name, corpus, find) => {
  const r = score(corpus, find);
  return `${name}: ${pct(r.textRecall)} (${r.withDataFlagged}/${r.withData}) / ${pct(r.cleanFlagRate)} (${r.cleanFlagged}/${r.clean}) F1 ${kinds.map(k => r.perKind[k].f1.toFixed(2)).join(' ')}`;
};
const all = [];
for (const p of parts) {
  const c = loadCorpus(p); all.push(...c);
  console.log(line(`${p} rules`, c, t => d.detectPersonalData(t)));
  console.log(line(`${p} model`, c, t => d.detectPersonalData(t, { contextModel: d.nameContextModel })));
}
console.log(line('ALL rules', all, t => d.detectPersonalData(t)));
console.log(line('ALL model', all, t => d.detectPersonalData(t, { contextModel: d.nameContextModel })));
if (start) await withDetectorAt(start, async (det) => console.log(line(`ALL start ${start}`, all, t => det(t))));

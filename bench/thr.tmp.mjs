import { loadCorpus, loadDetector, kinds, tunedParts } from './detection-lib.mjs';
const d = await loadDetector({ tag: 'thr' });
const parts = process.argv.slice(2).length ? process.argv.slice(2) : tunedParts;
const ths = [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9];
const res = ths.map(() => ({ wd: 0, f: 0, cl: 0, fp: 0 }));
for (const part of parts) for (const { text, spans } of loadCorpus(part)) {
  const found = d.detectPersonalData(text, { threshold: 0.01 }).filter(f => kinds.includes(f.kind));
  ths.forEach((t, i) => {
    const n = found.filter(f => f.confidence >= t).length;
    if (spans.length) { res[i].wd++; if (n) res[i].f++; } else { res[i].cl++; if (n) res[i].fp++; }
  });
}
ths.forEach((t, i) => console.log(t, (res[i].f / res[i].wd * 100).toFixed(2), (res[i].fp / res[i].cl * 100).toFixed(2)));

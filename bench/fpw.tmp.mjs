import { loadCorpus, loadDetector, kinds, tunedParts } from './detection-lib.mjs';
const d = await loadDetector({ tag: 'fpw' });
const fp = new Map(), tp = new Map();
for (const part of tunedParts) for (const { text, spans } of loadCorpus(part)) {
  for (const f of d.detectPersonalData(text)) {
    if (f.kind !== 'name') continue;
    const w = text.slice(f.start, f.end).toLowerCase();
    const hit = spans.some(s => s.kind === 'name' && s.start < f.end && f.start < s.end);
    const m = hit ? tp : fp; m.set(w, (m.get(w) ?? 0) + 1);
  }
}
const rows = [...fp].map(([w, n]) => [w, n, tp.get(w) ?? 0]).sort((a, b) => (b[1] - b[2]) - (a[1] - a[2])).slice(0, 60);
console.log(rows.map(r => r.join(':')).join('  '));

import { loadCorpus, loadDetector, tunedParts } from './detection-lib.mjs';
const d = await loadDetector({ tag: 'fpc' });
const want = new Set(process.argv.slice(2));
for (const part of tunedParts) for (const { text, spans } of loadCorpus(part)) {
  for (const f of d.detectPersonalData(text)) {
    const w = text.slice(f.start, f.end).toLowerCase();
    if (f.kind !== 'name' || !want.has(w)) continue;
    if (spans.some(s => s.kind === 'name' && s.start < f.end && f.start < s.end)) continue;
    console.log(w, '|', JSON.stringify(text.slice(Math.max(0, f.start - 60), f.end + 40)));
  }
}

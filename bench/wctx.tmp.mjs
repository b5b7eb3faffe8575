import { loadCorpus, loadDetector, tunedParts } from './detection-lib.mjs';
const d = await loadDetector({ tag: 'wctx' });
const want = new Set(process.argv.slice(2).map(w => w.toLowerCase()));
for (const part of tunedParts) for (const { text, spans } of loadCorpus(part)) {
  for (const f of d.detectPersonalData(text)) {
    const w = text.slice(f.start, f.end).toLowerCase();
    if (!want.has(w)) continue;
    const hit = spans.some(s => s.start < f.end && f.start < s.end);
    console.log(hit ? 'TP' : 'FP', part, f.confidence.toFixed(2), '::', text.slice(Math.max(0, f.start - 60), f.end + 40).replace(/\n/g, ' ⏎ '));
  }
}

import { loadCorpus, loadDetector } from './detection-lib.mjs';
const d = await loadDetector({ tag: 'fpl' });
const parts = process.argv.slice(2);
for (const part of parts) for (const { text, spans } of loadCorpus(part)) {
  const fs = d.detectPersonalData(text);
  const fp = fs.filter(f => !spans.some(s => s.start < f.end && f.start < s.end));
  const miss = spans.filter(s => !fs.some(f => s.start < f.end && f.start < s.end));
  if (spans.length === 0 && fs.length) console.log('FP', part, fp.map(f => `${f.kind}:${text.slice(f.start, f.end)}`).join(' | '), '::', text.replace(/\n/g, ' ⏎ ').slice(0, 220));
  else if (spans.length && !fs.length) console.log('MISS', part, miss.map(s => `${s.kind}:${text.slice(s.start, s.end)}`).join(' | '), '::', text.replace(/\n/g, ' ⏎ ').slice(0, 220));
}

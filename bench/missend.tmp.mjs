import { loadCorpus, loadDetector, tunedParts } from './detection-lib.mjs';
const d = await loadDetector({ tag: 'me' });
const L = d.getLexicon();
const want = process.argv[2] ?? '∅';
const side = process.argv[3] ?? 'after';
const rows = [];
for (const part of tunedParts) for (const { text, spans } of loadCorpus(part)) {
  if (!spans.length) continue;
  if (d.detectPersonalData(text).length) continue;
  for (const s of spans) {
    if (s.kind !== 'name') continue;
    const a = text.slice(s.end).match(/^\s*([\p{L}]+)/u)?.[1]?.toLowerCase() ?? '∅';
    const b = text.slice(0, s.start).match(/([\p{L}]+)\W*$/u)?.[1]?.toLowerCase() ?? '∅';
    if ((side === 'after' ? a : b) !== want) continue;
    const fl = s.text.split(/[\s-]+/).map(w => L.get(w.toLowerCase()) ?? 0).join(',');
    rows.push(`${part.replace('held-out-','')}\t${s.text}\t[${fl}]\t${JSON.stringify(text.slice(Math.max(0,s.start-50), s.end+40))}`);
  }
}
console.log(rows.length); console.log(rows.join('\n'));

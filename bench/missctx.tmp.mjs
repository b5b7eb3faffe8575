import { loadCorpus, loadDetector, kinds, tunedParts } from './detection-lib.mjs';
const d = await loadDetector({ tag: 'mc' });
const L = d.getLexicon();
const after = new Map(), before = new Map();
let n = 0;
const bump = (m, k) => m.set(k, (m.get(k) ?? 0) + 1);
for (const part of tunedParts) for (const { text, spans } of loadCorpus(part)) {
  if (!spans.length) continue;
  const found = d.detectPersonalData(text);
  if (found.length) continue;
  for (const s of spans) {
    if (s.kind !== 'name') continue;
    n++;
    const a = text.slice(s.end).match(/^\s*([\p{L}]+)/u)?.[1]?.toLowerCase() ?? '∅';
    const b = text.slice(0, s.start).match(/([\p{L}]+)\W*$/u)?.[1]?.toLowerCase() ?? '∅';
    const known = s.text.split(/[\s-]+/).map(w => L.get(w.toLowerCase()) ?? 0).join(',');
    bump(after, a); bump(before, b);
  }
}
console.log('missed name spans in texts with nothing found', n);
console.log('after:', [...after].sort((x,y)=>y[1]-x[1]).slice(0,50).map(([k,v])=>`${k}:${v}`).join(' '));
console.log('before:', [...before].sort((x,y)=>y[1]-x[1]).slice(0,50).map(([k,v])=>`${k}:${v}`).join(' '));

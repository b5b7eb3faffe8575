import { loadCorpus, loadDetector, tunedParts } from './detection-lib.mjs';
const d = await loadDetector({ tag: 'scr' });
const res = {};
for (const part of tunedParts) for (const { text, spans } of loadCorpus(part)) {
  const fs = d.detectPersonalData(text);
  for (const s of spans) {
    if (s.kind !== 'name') continue;
    const w = text.slice(s.start, s.end);
    const sc = /[\u0600-\u06FF]/.test(w) ? 'arabic' : /[\u0400-\u04FF]/.test(w) ? 'cyrillic' : /[\u0370-\u03FF]/.test(w) ? 'greek' : /[\u4E00-\u9FFF]/.test(w) ? 'cjk' : /[\u0590-\u05FF]/.test(w) ? 'hebrew' : /[\u0E00-\u0E7F]/.test(w) ? 'thai' : /[^\u0000-\u024F\u1E00-\u1EFF'’ .-]/.test(w) ? 'other' : null;
    if (!sc) continue;
    const hit = fs.some(f => f.start < s.end && s.start < f.end);
    res[sc] ??= [0, 0]; res[sc][hit ? 0 : 1]++;
    if (process.argv[2] === sc) console.log(hit ? 'HIT' : 'MISS', part, w, '::', text.replace(/\n/g, ' ').slice(0, 120));
  }
}
console.log(res);

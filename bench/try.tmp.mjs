import { loadDetector } from './detection-lib.mjs';
const d = await loadDetector({ tag: 'try' });
for (const t of process.argv.slice(2)) console.log(JSON.stringify(t), '=>', d.detectPersonalData(t).map(f => `${f.kind}:${t.slice(f.start, f.end)}(${f.confidence.toFixed(2)})`).join(' '));

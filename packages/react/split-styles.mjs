// Splits src/styles.css into one file per feature in dist/styles/, at the `/* ── Name … ── */` markers:
// base.css (custom properties, shared rules) and e.g. consent.css, booking-form.css. A page that only
// shows the cookie notice then loads base.css + consent.css instead of every component's styles.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const kebab = (name) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

export function splitStyles(source, outDir) {
  const sections = [{ name: 'base', lines: [] }];
  for (const line of readFileSync(source, 'utf8').split('\n')) {
    const marker = /^\/\* ── ([A-Za-z]+)/.exec(line);
    if (marker) sections.push({ name: kebab(marker[1]), lines: [] });
    sections.at(-1).lines.push(line);
  }
  mkdirSync(outDir, { recursive: true });
  for (const { name, lines } of sections) writeFileSync(`${outDir}/${name}.css`, `${lines.join('\n').trim()}\n`);
  return sections.map((s) => s.name);
}

// Puts the partner demo together in one folder: the partner's page (site/), Bulma from npm, and the
// embed's built script and detector chunk (packages/embed/dist, so run `pnpm build` first).
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '../..');
const embedDist = join(repoRoot, 'packages/embed/dist');

/** The strict policy the demo is served with: no inline script or style, no eval, same origin only. */
export const partnerDemoCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Copies the demo into a fresh temporary folder and returns its path. */
export function preparePartnerDemo() {
  for (const file of ['loggamera-embed.js', 'loggamera-detector.js']) {
    if (!existsSync(join(embedDist, file))) {
      throw new Error(`packages/embed/dist/${file} is missing: run \`npx pnpm@10 build\` first.`);
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'loggamera-partner-demo-'));
  cpSync(join(here, 'site'), dir, { recursive: true });
  mkdirSync(join(dir, 'vendor'));
  const require = createRequire(join(repoRoot, 'package.json'));
  copyFileSync(require.resolve('bulma/css/bulma.min.css'), join(dir, 'vendor/bulma.min.css'));
  mkdirSync(join(dir, 'embed'));
  // The partner script and its detector, and the ESM build (index.js) that module.html imports.
  const files = ['loggamera-embed.js', 'loggamera-detector.js', 'index.js'];
  for (const file of files.flatMap((name) => [name, `${name}.map`])) {
    if (existsSync(join(embedDist, file))) copyFileSync(join(embedDist, file), join(dir, 'embed', file));
  }
  return dir;
}

// Gzipped size of the policy feature (issue 5) as a user imports it, against peers measured in the same run:
//  - "form stack": react-hook-form + @hookform/resolvers/zod + zod/mini, what any validated React form
//    pays before it renders a field — the DataRequestForm builds on exactly that;
//  - "seed text": the Swedish policy as Loggamera gave it (../shared/seed), gzipped — what a plain
//    HTML page with the policy costs, against the policy as typed data in two languages.
// The components are measured with their own texts and the base + policy stylesheets, leaving out
// react, react-dom, i18next and react-i18next. Run after `pnpm build` (bench/run-all.mjs does it).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { kb, measureEntry, root } from '../scripts/size.mjs';

const hostShips = ['react', 'react-dom', 'i18next', 'react-i18next'];
const policyCss = ['packages/react/dist/styles/base.css', 'packages/react/dist/styles/policy.css'];
const gz = (text) => gzipSync(text, { level: 9 }).length;

const formStack = await build({
  stdin: {
    contents: [
      "export { useForm } from 'react-hook-form';",
      "export { zodResolver } from '@hookform/resolvers/zod';",
      "export { object, string, array, literal, pipe, transform, discriminatedUnion, minLength, maxLength, trim } from 'zod/mini';",
    ].join('\n'),
    resolveDir: join(root, 'packages/react'),
    loader: 'js',
  },
  bundle: true,
  minify: true,
  write: false,
  format: 'esm',
  platform: 'browser',
  external: hostShips,
  logLevel: 'silent',
}).then((result) => gz(result.outputFiles[0].text));
const seedPath = join(root, '..', 'shared', 'seed', '000_e7668c511c024696.txt');
const seed = existsSync(seedPath) ? gz(readFileSync(seedPath, 'utf8')) : 0;
const peers = { form: { name: 'form stack (react-hook-form + resolvers + zod/mini)', bytes: formStack } };
if (seed) peers.seed = { name: 'seed policy text (sv only, plain text)', bytes: seed };

console.log('policy entry | gzipped | peer');
async function row(label, entry, peer) {
  const { totalBytes } = await measureEntry(entry);
  const against = peer ? `${peer.name} ${kb(peer.bytes)} → ratio ${(totalBytes / peer.bytes).toFixed(2)}` : '–';
  console.log(`${label} | ${kb(totalBytes)} | ${against}`);
}
const core = { package: '@loggamera/privacy-core', ignore: ['i18next'] };
const react = { package: '@loggamera/privacy-react', ignore: hostShips, css: policyCss };
await row(
  'core: the policy data, sv + en, with subprocessors and changelog',
  { ...core, import: '{ privacyPolicy, subprocessors, policyChangelog }' },
  peers.seed,
);
await row('core: retentionDeadline + policyVersion', { ...core, import: '{ retentionDeadline, policyVersion }' });
await row(
  'react: policy page + notices, with texts and styles',
  { ...react, import: '{ PrivacyPolicy, PolicyUpdateNotice, RetentionNotice }' },
  peers.seed,
);
await row(
  'react: DataRequestForm (incl. its form stack), with texts and styles',
  { ...react, import: '{ DataRequestForm }' },
  peers.form,
);

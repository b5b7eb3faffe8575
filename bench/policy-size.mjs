// Gzipped size of the policy feature (issue 5), against peers measured in the same run:
//  - "form stack": react-hook-form + @hookform/resolvers/zod + zod/mini, what any validated React form
//    pays before it renders a field — the DataRequestForm builds on exactly that;
//  - "seed text": the Swedish policy as Loggamera gave it (../shared/seed), gzipped — what a plain
//    HTML page with the policy costs, against the policy as typed data in two languages.
// Two views of the kit: the package entries as a user imports them (what size-budgets.json checks,
// including whatever the rest of the kit leaves at module level in the same dist file), and the
// policy's own share bundled from source with the kit's texts cut down to common + policy + requests.
// Run after `pnpm build` (bench/run-all.mjs does it).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { kb, measureEntry, root } from '../scripts/size.mjs';

const hostShips = ['react', 'react-dom', 'i18next', 'react-i18next'];
const gz = (text) => gzipSync(text, { level: 9 }).length;
const src = (path) => join(root, 'packages', path);

async function bundle(contents, { external = [], plugins = [], resolveDir = root } = {}) {
  const result = await build({
    stdin: { contents, resolveDir, loader: 'tsx' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    external,
    plugins,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return gz(result.outputFiles.map((f) => f.text).join('\n'));
}

// The core package resolved to its policy modules and i18n with only the texts the policy UI uses.
const policyOnlyCore = {
  name: 'policy-only-core',
  setup(b) {
    b.onResolve({ filter: /^@loggamera\/privacy-core$/ }, () => ({ path: 'core', namespace: 'policy-only' }));
    b.onResolve({ filter: /^\.\/resources$/ }, (args) =>
      args.importer.includes('create-i18n') ? { path: 'resources', namespace: 'policy-only' } : undefined,
    );
    b.onLoad({ filter: /^core$/, namespace: 'policy-only' }, () => ({
      resolveDir: src('core/src'),
      loader: 'ts',
      contents: [
        "export * from './policy/privacy-policy';",
        "export * from './policy/subprocessors';",
        "export * from './policy/version';",
        "export * from './policy/retention';",
        "export * from './policy/format-date';",
        "export * from './policy/data-request';",
        "export { createPrivacyI18n } from './i18n/create-i18n';",
        "export { privacyNamespace } from './i18n/resources';",
      ].join('\n'),
    }));
    b.onLoad({ filter: /^resources$/, namespace: 'policy-only' }, () => ({
      resolveDir: src('core/src/i18n'),
      loader: 'ts',
      contents: [
        "import { commonEn, commonSv } from './locales/common';",
        "import { policyEn, policySv } from './locales/policy';",
        "import { requestsEn, requestsSv } from './locales/requests';",
        "export const privacyNamespace = 'loggamera-privacy';",
        'export const privacyResources = { sv: { common: commonSv, policy: policySv, requests: requestsSv }, en: { common: commonEn, policy: policyEn, requests: requestsEn } };',
      ].join('\n'),
    }));
  },
};

const css = readFileSync(join(root, 'packages/react/src/styles.css'), 'utf8');
const policyStart = css.indexOf('/* ── Policy');
const policyEnd = css.indexOf('/* ──', policyStart + 5);
const policyCss = css.slice(0, css.indexOf('/* ──')) + css.slice(policyStart, policyEnd === -1 ? undefined : policyEnd);

const formStack = await bundle(
  [
    "export { useForm } from 'react-hook-form';",
    "export { zodResolver } from '@hookform/resolvers/zod';",
    "export { object, string, array, literal, pipe, transform, discriminatedUnion, minLength, maxLength, trim } from 'zod/mini';",
  ].join('\n'),
  { external: hostShips, resolveDir: src('react') },
);
const seedPath = join(root, '..', 'shared', 'seed', '000_e7668c511c024696.txt');
const seed = existsSync(seedPath) ? gz(readFileSync(seedPath, 'utf8')) : 0;
const peers = { form: { name: 'form stack (react-hook-form + resolvers + zod/mini)', bytes: formStack } };
if (seed) peers.seed = { name: 'seed policy text (sv only, plain text)', bytes: seed };

const ratio = (bytes, peer) => `${peer.name} ${kb(peer.bytes)} → ratio ${(bytes / peer.bytes).toFixed(2)}`;
console.log('policy entry | gzipped | peer');
const row = (label, bytes, peer) => console.log(`${label} | ${kb(bytes)} | ${peer ? ratio(bytes, peer) : '–'}`);

// 1. As a user imports the packages.
const coreEntry = await measureEntry({
  package: '@loggamera/privacy-core',
  import:
    '{ privacyPolicy, getSubprocessors, policyVersion, policyChangelog, retentionDeadline, salesRecordRetentionDeadline }',
  ignore: ['i18next'],
});
row('package: core policy data + subprocessors + versions + retention', coreEntry.totalBytes, peers.seed);
const reactEntry = await measureEntry({
  package: '@loggamera/privacy-react',
  import: '{ PrivacyPolicy, PolicyUpdateNotice, RetentionNotice, DataRequestForm }',
  css: ['packages/react/dist/styles.css'],
  ignore: hostShips,
});
row('package: the four policy components + all kit CSS', reactEntry.totalBytes, peers.form);

// 2. The policy's own share, from source.
const opts = { plugins: [policyOnlyCore], resolveDir: src('react/src') };
const dataOwn = await bundle(
  "export { privacyPolicy, subprocessors, policyChangelog } from '@loggamera/privacy-core';",
  { ...opts, external: ['i18next'] },
);
row('own share: the policy data, sv + en, with subprocessors and changelog', dataOwn, peers.seed);
const retentionOwn = await bundle("export { retentionDeadline, policyVersion } from '@loggamera/privacy-core';", {
  ...opts,
  external: ['i18next'],
});
row('own share: retentionDeadline + policyVersion', retentionOwn);
const pageOwn =
  (await bundle(
    "export { PrivacyPolicy } from './privacy-policy'; export { PolicyUpdateNotice } from './policy-update-notice'; export { RetentionNotice } from './retention-notice';",
    { ...opts, external: hostShips },
  )) + gz(policyCss);
row('own share: policy page + notices + texts + policy CSS', pageOwn, peers.seed);
const formOwn = await bundle("export { DataRequestForm } from './data-request-form';", {
  ...opts,
  external: hostShips,
});
row('own share: DataRequestForm (incl. its form stack) + texts', formOwn, peers.form);

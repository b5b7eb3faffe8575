// Gzipped size of the consent feature, against CookieConsent v3 (core 4.5 kB; UI 10.2 kB JS + 5.3 kB CSS,
// the figures named in issue 3; that library is not installed, so they are quoted, not re-measured).
// Two views:
//  1. the package entries exactly as a user imports them (the figures size-budgets.json checks), which
//     also carry whatever the rest of the kit leaves at module level in the same dist file;
//  2. consent's own share: the same imports bundled from source with the kit's texts cut down to the
//     common and consent texts, i.e. what the cookie notice costs by itself.
// Run after `pnpm build` (bench/run-all.mjs does it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { kb, measureEntry, root } from '../scripts/size.mjs';

const peers = {
  core: { name: 'CookieConsent v3 core', kb: 4.5 },
  ui: { name: 'CookieConsent v3 UI (JS + CSS)', kb: 15.5 },
};
const budgets = { core: 4.5, ui: 10 };
const hostShips = ['react', 'react-dom', 'i18next', 'react-i18next'];
const gz = (text) => gzipSync(text, { level: 9 }).length;
const src = (path) => join(root, 'packages', path);

// The kit's CSS base (custom properties, focus, reduced motion) plus the consent section only.
const css = readFileSync(join(root, 'packages/react/src/styles.css'), 'utf8');
const firstSection = css.indexOf('/* ──');
const consentStart = css.indexOf('/* ── Consent');
const consentEnd = css.indexOf('/* ──', consentStart + 5);
const consentCss = css.slice(0, firstSection) + css.slice(consentStart, consentEnd === -1 ? undefined : consentEnd);

// Resolves the core package to its consent modules and i18n with only the common and consent texts.
const consentOnlyCore = {
  name: 'consent-only-core',
  setup(b) {
    b.onResolve({ filter: /^@loggamera\/privacy-core$/ }, () => ({ path: 'core', namespace: 'consent-only' }));
    b.onResolve({ filter: /^\.\/resources$/ }, (args) =>
      args.importer.includes('create-i18n') ? { path: 'resources', namespace: 'consent-only' } : undefined,
    );
    b.onLoad({ filter: /^core$/, namespace: 'consent-only' }, () => ({
      resolveDir: src('core/src'),
      loader: 'ts',
      contents: [
        "export * from './consent/store';",
        "export * from './consent/storage';",
        "export * from './consent/record';",
        "export * from './consent/third-parties';",
        "export * from './consent/types';",
        "export { createPrivacyI18n } from './i18n/create-i18n';",
        "export { privacyNamespace } from 'consent-only:resources';",
      ].join('\n'),
    }));
    b.onResolve({ filter: /^consent-only:resources$/ }, () => ({ path: 'resources', namespace: 'consent-only' }));
    b.onLoad({ filter: /^resources$/, namespace: 'consent-only' }, () => ({
      resolveDir: src('core/src/i18n'),
      loader: 'ts',
      contents: [
        "import { commonEn, commonSv } from './locales/common';",
        "import { consentEn, consentSv } from './locales/consent';",
        "export const privacyNamespace = 'loggamera-privacy';",
        'export const privacyResources = { sv: { common: commonSv, consent: consentSv }, en: { common: commonEn, consent: consentEn } };',
      ].join('\n'),
    }));
  },
};

async function ownShare(contents, external) {
  const result = await build({
    stdin: { contents, resolveDir: src('react/src'), loader: 'tsx' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    external,
    plugins: [consentOnlyCore],
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return gz(result.outputFiles.map((f) => f.text).join('\n'));
}

const ratio = (bytes, peer) => `${peer.name} ${peer.kb} kB → ratio ${(bytes / 1000 / peer.kb).toFixed(2)}`;
const row = (label, bytes, budget, peer) =>
  console.log(`${label} | ${kb(bytes)} | ${budget ? `${budget} kB` : '–'} | ${ratio(bytes, peer)}`);

console.log('consent entry | gzipped | budget | peer');

// 1. As a user imports the packages.
const coreEntry = await measureEntry({
  package: '@loggamera/privacy-core',
  import: '{ createConsentStore, cookieStorage, localStorageStorage, memoryStorage }',
  ignore: ['i18next'],
});
row('package: core consent store + adapters', coreEntry.totalBytes, budgets.core, peers.core);
const uiEntry = await measureEntry({
  package: '@loggamera/privacy-react',
  import: '{ ConsentProvider, CookieNotice, CookieSettingsButton }',
  css: ['packages/react/dist/styles.css'],
  ignore: hostShips,
});
row(
  `package: cookie notice + reopen control + all kit CSS (js ${kb(uiEntry.jsBytes)} + css ${kb(uiEntry.cssBytes)})`,
  uiEntry.totalBytes,
  budgets.ui,
  peers.ui,
);

// 2. Consent's own share, from source.
const coreImports =
  "export { createConsentStore, cookieStorage, localStorageStorage, memoryStorage } from '@loggamera/privacy-core';";
const uiImports = [
  "export { ConsentProvider } from './consent-provider';",
  "export { CookieNotice } from './cookie-notice';",
  "export { CookieSettingsButton } from './cookie-settings-button';",
].join('\n');
const coreOwn = await ownShare(coreImports, ['i18next']);
row('own share: core consent store + adapters', coreOwn, budgets.core, peers.core);
const uiOwn = (await ownShare(uiImports, hostShips)) + gz(consentCss);
row(
  `own share: cookie notice + reopen control + common/consent texts + consent CSS (css ${kb(gz(consentCss))})`,
  uiOwn,
  budgets.ui,
  peers.ui,
);

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Tests import the packages by name, as users do, but from source so no build is needed first.
const packageAliases = [
  { find: /^@loggamera\/privacy-core$/, replacement: here('packages/core/src/index.ts') },
  { find: /^@loggamera\/privacy-react$/, replacement: here('packages/react/src/index.ts') },
  { find: /^@loggamera\/privacy-embed$/, replacement: here('packages/embed/src/index.ts') },
  { find: /^@loggamera\/privacy-scan$/, replacement: here('packages/scan/src/index.ts') },
];

// The same React tests again on React 18: react and react-dom (with subpaths) point at the copies in
// test/react18, and libraries that import react are inlined so the alias reaches them too.
const require = createRequire(import.meta.url);
const react18Aliases = [
  // Its CommonJS main would require React 19 behind vite's back; its ES build goes through the aliases.
  {
    find: /^@testing-library\/react$/,
    replacement: join(
      dirname(require.resolve('@testing-library/react/package.json')),
      'dist/@testing-library/react.esm.js',
    ),
  },
  { find: /^react-dom(\/.*)?$/, replacement: `${here('test/react18/node_modules/react-dom')}$1` },
  { find: /^react(\/.*)?$/, replacement: `${here('test/react18/node_modules/react')}$1` },
];

export default defineConfig({
  resolve: { alias: packageAliases },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          environment: 'node',
          include: ['packages/core/src/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'react',
          environment: 'jsdom',
          env: { EXPECTED_REACT_MAJOR: '19' },
          include: ['packages/react/src/**/*.test.tsx'],
          setupFiles: ['test/setup-dom.ts'],
        },
      },
      {
        extends: true,
        resolve: { alias: [...react18Aliases, ...packageAliases] },
        test: {
          name: 'react18',
          environment: 'jsdom',
          env: { EXPECTED_REACT_MAJOR: '18' },
          include: ['packages/react/src/**/*.test.tsx'],
          setupFiles: ['test/setup-dom.ts'],
          server: {
            deps: { inline: [/react-i18next/, /@testing-library/, /react-hook-form/, /use-sync-external-store/] },
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'embed',
          environment: 'jsdom',
          include: ['packages/embed/src/**/*.test.ts', 'packages/embed/src/**/*.test.tsx'],
          setupFiles: ['test/setup-dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'scan',
          environment: 'node',
          include: ['packages/scan/src/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'workspace',
          environment: 'node',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/browser/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

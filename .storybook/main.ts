import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';
import { mergeConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Stories import the packages by name; during development those names point at the sources.
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      resolve: {
        alias: [
          { find: /^@loggamera\/privacy-core$/, replacement: here('../packages/core/src/index.ts') },
          { find: /^@loggamera\/privacy-react$/, replacement: here('../packages/react/src/index.ts') },
          { find: /^@loggamera\/privacy-react\/styles\.css$/, replacement: here('../packages/react/src/styles.css') },
          { find: /^@loggamera\/privacy-embed$/, replacement: here('../packages/embed/src/index.ts') },
        ],
      },
    }),
};

export default config;

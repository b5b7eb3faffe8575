import '@loggamera/privacy-react/styles.css';
import './preview.css';
import { type PrivacyLocale, toPrivacyLocale } from '@loggamera/privacy-core';
import { PrivacyI18nProvider } from '@loggamera/privacy-react';
import type { Decorator, Preview } from '@storybook/react-vite';

// Every story renders inside the kit's i18n provider in the toolbar's language and theme, so
// `&globals=locale:en;theme:dark` in a story URL shows it in English on a dark page.
const withLocaleAndTheme: Decorator = (Story, context) => {
  const locale: PrivacyLocale = toPrivacyLocale(context.globals.locale);
  const theme = context.globals.theme === 'dark' ? 'dark' : 'light';
  // The page language follows the toolbar too, as it would on a real page in that language.
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
  return (
    <PrivacyI18nProvider locale={locale}>
      <div className="lgm-root sb-kit-canvas" data-lgm-theme={theme} lang={locale}>
        <Story />
      </div>
    </PrivacyI18nProvider>
  );
};

const preview: Preview = {
  decorators: [withLocaleAndTheme],
  globalTypes: {
    locale: {
      description: 'Language of the kit’s texts',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'sv', right: 'SV', title: 'Svenska' },
          { value: 'en', right: 'EN', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Light or dark theme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', icon: 'sun', title: 'Light' },
          { value: 'dark', icon: 'moon', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'sv', theme: 'light' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;

import { allPrivacyTexts, createPrivacyI18n, privacyResources } from '@loggamera/privacy-core';
import { describe, expect, it } from 'vitest';
import { createInstance } from './i18n-lite';

// The embed's stand-in for i18next must translate every kit text exactly as i18next does.
function keyPaths(tree: unknown, prefix = ''): string[] {
  if (typeof tree === 'string') return [prefix];
  return Object.entries(tree as object).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
}

function lite(locale: 'sv' | 'en') {
  const instance = createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: 'sv',
    defaultNS: 'kit',
    resources: { sv: { kit: privacyResources.sv }, en: { kit: privacyResources.en } },
  });
  return instance;
}

describe('the embed’s i18n stand-in', () => {
  it('gives every kit text, with values filled in, exactly as i18next does', () => {
    const values = {
      installer: 'Rörmokar-Pelles AB',
      name: 'Mailchimp',
      current: 1,
      total: 2,
      excerpt: '070-…',
      kind: 'x',
    };
    for (const locale of ['sv', 'en'] as const) {
      const real = createPrivacyI18n(locale, { texts: allPrivacyTexts });
      const mine = lite(locale);
      for (const key of keyPaths(privacyResources[locale])) {
        expect(mine.t(key, values), key).toBe(real.t(key, values));
      }
    }
  });

  it('falls back to Swedish, shows keys in cimode, and picks plural forms by count', async () => {
    const instance = lite('en');
    instance.addResourceBundle('sv', 'kit', { only: { inSwedish: 'Bara svenska' } });
    instance.addResourceBundle('en', 'kit', { files_one: '{{count}} file', files_other: '{{count}} files' });
    expect(instance.t('only.inSwedish')).toBe('Bara svenska');
    expect(instance.t('files', { count: 1 })).toBe('1 file');
    expect(instance.t('files', { count: 3 })).toBe('3 files');
    instance.addResourceBundle('en', 'kit', { common: { close: 'Dismiss' } }, true, true);
    instance.addResourceBundle('en', 'kit', { common: { close: 'Close', save: 'Save' } }, true, false);
    expect(instance.t('common.close')).toBe('Dismiss');
    await instance.changeLanguage('cimode');
    expect(instance.t('common.close')).toBe('common.close');
  });
});

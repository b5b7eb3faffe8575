import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { addPrivacyTexts, createPrivacyI18n } from './create-i18n';
import { privacyResources } from './resources';
import { consentTexts } from './texts';
import { toPrivacyLocale } from './types';

describe('createPrivacyI18n', () => {
  it('translates at once, in the chosen language', () => {
    expect(createPrivacyI18n('sv').t('common.close')).toBe('Stäng');
    expect(createPrivacyI18n('en').t('common.close')).toBe('Close');
  });

  it('leaves the global i18next instance alone', () => {
    createPrivacyI18n('en');
    expect(i18next.isInitialized).toBeFalsy();
    expect(i18next.language).toBeUndefined();
  });

  it('gives each caller its own instance, so changing one language leaves the other', async () => {
    const a = createPrivacyI18n('sv');
    const b = createPrivacyI18n('sv');
    await b.changeLanguage('en');
    expect(a.t('common.save')).toBe('Spara');
    expect(b.t('common.save')).toBe('Save');
  });

  it('lets a host override a text in one language without losing the others', () => {
    const i18n = createPrivacyI18n('en', { overrides: { en: { common: { close: 'Dismiss' } } } });
    expect(i18n.t('common.close')).toBe('Dismiss');
    expect(i18n.t('common.save')).toBe('Save');
    expect(privacyResources.en.common.close).toBe('Close');
  });
});

describe('addPrivacyTexts', () => {
  it('loads a feature’s texts only when asked, in both languages', async () => {
    const i18n = createPrivacyI18n('sv', { texts: [] });
    expect(i18n.exists('consent.notice.acceptAll')).toBe(false);
    addPrivacyTexts(i18n, consentTexts);
    expect(i18n.t('consent.notice.acceptAll')).toBe(privacyResources.sv.consent.notice.acceptAll);
    await i18n.changeLanguage('en');
    expect(i18n.t('consent.notice.acceptAll')).toBe(privacyResources.en.consent.notice.acceptAll);
  });

  it('keeps a host’s override of a text that is loaded later', () => {
    const i18n = createPrivacyI18n('en', {
      texts: [],
      overrides: { en: { consent: { notice: { acceptAll: 'Yes to all' } } } },
    });
    addPrivacyTexts(i18n, consentTexts);
    expect(i18n.t('consent.notice.acceptAll')).toBe('Yes to all');
    expect(i18n.t('consent.notice.rejectAll')).toBe(privacyResources.en.consent.notice.rejectAll);
  });
});

describe('toPrivacyLocale', () => {
  it('reads language tags and falls back to Swedish', () => {
    expect(toPrivacyLocale('en-GB')).toBe('en');
    expect(toPrivacyLocale('sv-SE')).toBe('sv');
    expect(toPrivacyLocale('de')).toBe('sv');
    expect(toPrivacyLocale(undefined, 'en')).toBe('en');
  });
});

import { privacyResources as allTexts, privacyNamespace } from '@loggamera/privacy-core';
import { describe, expect, it } from 'vitest';
import { privacyNamespace as embedNamespace, privacyResources } from './embed-resources';

describe('the embed’s texts', () => {
  it('are the kit’s own texts for the booking form, the free-text field and the cookie notice', () => {
    expect(embedNamespace).toBe(privacyNamespace);
    for (const locale of ['sv', 'en'] as const) {
      for (const feature of ['booking', 'common', 'consent', 'detection'] as const) {
        expect(privacyResources[locale][feature]).toEqual(allTexts[locale][feature]);
      }
    }
  });
});

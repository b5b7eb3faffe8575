// @vitest-environment jsdom
import { createPrivacyI18n, privacyResources } from '@loggamera/privacy-core';
import { PrivacyI18nProvider } from '@loggamera/privacy-react';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { componentFixtures } from './component-fixtures';

// Rendered with i18next's "cimode", every text from the resources shows as its key. Whatever visible
// text is left that is neither a key nor declared data was written into a component by hand.
function keyPaths(tree: unknown, prefix = ''): string[] {
  if (typeof tree === 'string') return [prefix];
  return Object.entries(tree as object).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
}
const keys = new Set(keyPaths(privacyResources.sv));
const visibleAttributes = ['aria-label', 'aria-description', 'aria-roledescription', 'title', 'placeholder', 'alt'];

function visibleTexts(root: Element): string[] {
  const texts: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('style, script')) continue;
    texts.push(node.textContent ?? '');
  }
  for (const el of root.querySelectorAll('*')) {
    for (const attr of visibleAttributes) {
      const value = el.getAttribute(attr);
      if (value) texts.push(value);
    }
    if (el instanceof HTMLInputElement && ['submit', 'button', 'reset'].includes(el.type)) texts.push(el.value);
  }
  return texts.map((t) => t.trim()).filter((t) => /\p{L}/u.test(t));
}

afterEach(cleanup);

describe('visible text', () => {
  for (const fixture of componentFixtures) {
    it(`of ${fixture.name} comes only from the sv/en texts or from data`, async () => {
      const i18n = createPrivacyI18n('sv');
      await i18n.changeLanguage('cimode');
      const { container } = render(
        <PrivacyI18nProvider locale="sv" i18n={i18n}>
          {fixture.render()}
        </PrivacyI18nProvider>,
      );
      const handWritten = visibleTexts(container).filter((text) => !keys.has(text) && !fixture.isDataText?.(text));
      expect(handWritten).toEqual([]);
    });
  }

  it('catches a hand-written string (the check itself works)', () => {
    const { container } = render(<button type="button">Acceptera alla</button>);
    expect(visibleTexts(container).filter((t) => !keys.has(t))).toEqual(['Acceptera alla']);
  });
});

import * as privacyReact from '@loggamera/privacy-react';
import { PrivacyI18nProvider } from '@loggamera/privacy-react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { componentFixtures } from './component-fixtures';

const exportedComponents = Object.entries(privacyReact)
  // forwardRef and memo components are objects carrying React's $$typeof, not functions.
  .filter(
    ([name, value]) =>
      /^[A-Z]/.test(name) &&
      (typeof value === 'function' || (typeof value === 'object' && value !== null && '$$typeof' in value)),
  )
  .map(([name]) => name)
  .sort();

describe('server rendering', () => {
  it('has a fixture for every exported component', () => {
    expect(componentFixtures.map((f) => f.name).sort()).toEqual(exportedComponents);
  });

  it('runs without a DOM', () => {
    expect(typeof document).toBe('undefined');
  });

  for (const fixture of componentFixtures) {
    for (const locale of ['sv', 'en'] as const) {
      it(`renders ${fixture.name} in ${locale} with react-dom/server`, () => {
        const html = renderToString(<PrivacyI18nProvider locale={locale}>{fixture.render()}</PrivacyI18nProvider>);
        expect(html.length).toBeGreaterThan(0);
      });
    }
  }
});

import { privacyResources } from '@loggamera/privacy-core';
import { describe, expect, it } from 'vitest';

function keyPaths(tree: unknown, prefix = ''): string[] {
  if (typeof tree === 'string') return [prefix];
  if (tree === null || typeof tree !== 'object') throw new Error(`${prefix} holds ${String(tree)}, not a text`);
  return Object.entries(tree).flatMap(([key, value]) => keyPaths(value, prefix ? `${prefix}.${key}` : key));
}

describe('UI texts', () => {
  it('have exactly the same keys in Swedish and English', () => {
    expect(keyPaths(privacyResources.en).sort()).toEqual(keyPaths(privacyResources.sv).sort());
  });

  it('have no empty text in either language', () => {
    for (const locale of ['sv', 'en'] as const) {
      const empty = keyPaths(privacyResources[locale]).filter((path) => {
        const value = path
          .split('.')
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], privacyResources[locale]);
        return typeof value !== 'string' || value.trim() === '';
      });
      expect(empty, locale).toEqual([]);
    }
  });

  it('use the same interpolation variables in both languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
    for (const path of keyPaths(privacyResources.sv)) {
      const get = (locale: 'sv' | 'en') =>
        path
          .split('.')
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], privacyResources[locale]) as string;
      expect(vars(get('en')), path).toEqual(vars(get('sv')));
    }
  });
});

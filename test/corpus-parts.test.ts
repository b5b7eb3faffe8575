import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the bench, without types
import { blindParts, sealedParts, tunedParts } from '../bench/detection-lib.mjs';

const root = join(__dirname, '..');

// Every part of the labelled corpus is tuned (its errors read), blind (measured once, not read) or
// sealed (not yet measured): a part in no list is never measured, one in two is measured as what it
// is not (bench/corpus/README.md).
it('lists every corpus part in exactly one of tunedParts, blindParts and sealedParts', () => {
  const files = readdirSync(join(root, 'bench/corpus'))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => name.slice(0, -'.txt'.length))
    .sort();
  const listed = [...tunedParts, ...blindParts, ...sealedParts] as string[];
  expect(new Set(listed).size, 'a part is in two lists').toBe(listed.length);
  expect([...listed].sort()).toEqual(files);
});

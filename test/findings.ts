import { expect } from 'vitest';
import type { PersonalDataFinding } from '../packages/core/src/detection/types';

/**
 * What every answer of `detectPersonalData` holds, for any text: findings sorted and disjoint, inside
 * the text, each `text` the slice it names, each confidence between the threshold and 1.
 */
export function expectWellFormedFindings(text: string, findings: PersonalDataFinding[], threshold: number): void {
  let previousEnd = 0;
  for (const f of findings) {
    expect(f.start).toBeGreaterThanOrEqual(previousEnd);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(f.confidence).toBeGreaterThanOrEqual(threshold - 0.005);
    expect(f.confidence).toBeLessThanOrEqual(1);
    previousEnd = f.end;
  }
}

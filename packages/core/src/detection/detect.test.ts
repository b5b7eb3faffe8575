import { describe, expect, it } from 'vitest';
import { defaultDetectionThreshold, detectPersonalData } from './detect';

const found = (text: string) => detectPersonalData(text).map((f) => [f.kind, f.text]);

describe('detectPersonalData', () => {
  it('finds a cued surname and a mobile number in a terse note', () => {
    expect(found('Ring hyresgäst Andersson på 070-123 45 67')).toEqual([
      ['name', 'Andersson'],
      ['phone', '070-123 45 67'],
    ]);
  });

  it('returns UTF-16 offsets with an exclusive end that slice back to the text', () => {
    const text = 'Åsa Öberg: åsa@exempel.se';
    for (const f of detectPersonalData(text)) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(found(text)).toEqual([
      ['name', 'Åsa Öberg'],
      ['email', 'åsa@exempel.se'],
    ]);
  });

  it('returns nothing for a facility note without personal data', () => {
    expect(found('Undercentral i källaren. Larmkod 4521, mätare 12345678, 21 grader 2024-03-15.')).toEqual([]);
  });

  it('only looks for the kinds asked for, and a higher threshold leaves out the less certain', () => {
    const text = 'Kontakta Anna Berg på 08-12 34 56';
    expect(detectPersonalData(text, { kinds: ['phone'] }).map((f) => f.kind)).toEqual(['phone']);
    expect(defaultDetectionThreshold).toBeGreaterThan(0);
    const all = detectPersonalData(text, { threshold: 0 });
    const strict = detectPersonalData(text, { threshold: 0.99 });
    expect(all.length).toBeGreaterThan(strict.length);
  });
});

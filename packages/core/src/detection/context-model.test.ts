import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectWellFormedFindings } from '../../../../test/findings';
import { nameContextModel, nameProbabilities } from './context-model';
import { detectPersonalData } from './detect';
import type { PersonalDataContextModel } from './types';

const names = (text: string, threshold?: number) =>
  detectPersonalData(text, { contextModel: nameContextModel, threshold })
    .filter((f) => f.kind === 'name')
    .map((f) => f.text);
const rulesNames = (text: string) =>
  detectPersonalData(text)
    .filter((f) => f.kind === 'name')
    .map((f) => f.text);

describe('nameContextModel', () => {
  // (Nwosu and Dawit are names the corpus holds: the model adds the names it learned, where the words
  // around them do not say otherwise; a name it never saw is rarely sure enough from its context alone)
  it.each([
    ['Reported by Amara Nwosu via the portal: the lift on floor 3 is stuck.', 'Amara Nwosu'],
    ['Skolans IT-tekniker Dawit har kopplat om gatewayen.', 'Dawit'],
  ])('finds a name the rules miss that it learned from the corpus: %s', (text, name) => {
    expect(rulesNames(text)).toEqual([]);
    expect(names(text)).toEqual([name]);
  });

  it.each([
    ['Fläkt F3 (kallas Greta av oss) låter illa, lagerbyte?', 'Greta'],
    ['Molly har vattenkoppen i box 3, den frös i natt.', 'Molly'],
  ])('keeps out a thing named like a person that the rules report: %s', (text, name) => {
    expect(rulesNames(text)).toEqual([name]);
    expect(names(text)).toEqual([]);
    // (lowered, not removed: a low enough threshold still shows it)
    expect(names(text, 0.01)).toEqual([name]);
  });

  it('keeps what the rules and the model agree on, and leaves the other kinds alone', () => {
    const findings = detectPersonalData('Ring Kalle på 070-123 45 67', { contextModel: nameContextModel });
    expect(findings.map((f) => [f.kind, f.text])).toEqual([
      ['name', 'Kalle'],
      ['phone', '070-123 45 67'],
    ]);
  });

  it('gives a probability for each capitalised word of two letters or more, in text order', () => {
    const text = 'Reported by Amara Nwosu via the portal. Pumpen P2 är trasig, Åsa-Li vet.';
    const words = nameProbabilities(text).map((w) => text.slice(w.start, w.end));
    expect(words).toEqual(['Reported', 'Amara', 'Nwosu', 'Pumpen', 'Åsa-Li']);
    for (const w of nameProbabilities(text)) {
      expect(w.p).toBeGreaterThan(0);
      expect(w.p).toBeLessThan(1);
    }
  });

  const anyText = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc
      .array(
        fc.constantFrom(
          'Anna',
          'Greta',
          'Nwosu',
          'Reported by',
          'ring',
          'på',
          'Pumpen',
          ' ',
          '  ',
          '-',
          "'",
          '’',
          '.',
          ':',
          '\n',
          '070-123 45 67',
          'a@b.se',
          'Storgatan 12',
          'É',
          'Ölund',
          'ÅÄÖ',
          '\u0301',
        ),
        { maxLength: 60 },
      )
      .map((parts) => parts.join('')),
  );

  it('never throws, and the findings stay sorted, disjoint, inside the text and above the threshold', () => {
    fc.assert(
      fc.property(anyText, fc.double({ min: 0, max: 1, noNaN: true }), (text, threshold) => {
        const findings = detectPersonalData(text, { contextModel: nameContextModel, threshold });
        expectWellFormedFindings(text, findings, threshold);
      }),
      { numRuns: 400 },
    );
  });
});

describe('detectPersonalData with a context model', () => {
  // a model of the test's own: what detectPersonalData does with what a model says
  const addsPumpen: PersonalDataContextModel = (text, found) => {
    const start = text.indexOf('Pumpen');
    if (start >= 0) found.push({ kind: 'name', start, end: start + 6, text: 'Pumpen', confidence: 0.6 });
  };

  it('reports what the model adds, at the threshold the caller asks for', () => {
    const text = 'Pumpen i UC2 låter.';
    expect(detectPersonalData(text, { contextModel: addsPumpen }).map((f) => f.text)).toEqual(['Pumpen']);
    expect(detectPersonalData(text, { contextModel: addsPumpen, threshold: 0.7 })).toEqual([]);
  });

  it('applies the allow list to what the model adds', () => {
    expect(detectPersonalData('Pumpen i UC2 låter.', { contextModel: addsPumpen, allowList: ['pumpen'] })).toEqual([]);
  });

  it('does not ask the model when names are not looked for', () => {
    let asked = 0;
    const counting: PersonalDataContextModel = () => {
      asked += 1;
    };
    detectPersonalData('Ring Kalle på 070-123 45 67', { contextModel: counting, kinds: ['phone'] });
    expect(asked).toBe(0);
    detectPersonalData('Ring Kalle på 070-123 45 67', { contextModel: counting });
    expect(asked).toBe(1);
  });
});

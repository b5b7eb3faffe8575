import { describe, expect, it } from 'vitest';
import {
  personalDataExcerpt,
  personalDataLine,
  personalDataMessage,
  personalDataTranslator,
  removePersonalDataFinding,
} from './zod-messages';

const finding = (
  text: string,
  kind: 'phone' | 'name' | 'email' | 'address' | 'personal-identity-number',
  start: number,
) => ({
  kind,
  text,
  start,
  end: start + text.length,
  confidence: 0.9,
});

describe('personalDataExcerpt', () => {
  it('shows only the start of a number', () => {
    expect(personalDataExcerpt(finding('070-123 45 67', 'phone', 0))).toBe('070-…');
    expect(personalDataExcerpt(finding('+46 70 123 45 67', 'phone', 0))).toBe('+46…');
    expect(personalDataExcerpt(finding('850412-1234', 'personal-identity-number', 0))).toBe('8504…');
  });

  it('shows the start of an e-mail address’s local part and never its domain', () => {
    expect(personalDataExcerpt(finding('kalle.svensson@foretag.se', 'email', 0))).toBe('kal…');
    expect(personalDataExcerpt(finding('k@x.se', 'email', 0))).toBe('k…');
  });

  it('shows names and addresses whole, shortened past 30 characters', () => {
    expect(personalDataExcerpt(finding('Kalle Andersson', 'name', 0))).toBe('Kalle Andersson');
    expect(personalDataExcerpt(finding('Östra Långgatan 112 B, lägenhet 1102', 'address', 0))).toBe(
      'Östra Långgatan 112 B, lägenh…',
    );
  });
});

describe('personalDataLine', () => {
  it('counts the line a finding starts on', () => {
    const text = 'Pannrum i källaren.\nRing 070-123 45 67.';
    expect(personalDataLine(text, { start: text.indexOf('070') })).toBe(2);
    expect(personalDataLine(text, { start: 0 })).toBe(1);
  });
});

describe('removePersonalDataFinding', () => {
  it('removes the finding and one space, and puts the caret where it was', () => {
    const text = 'Ring 070-123 45 67 vid larm.';
    const result = removePersonalDataFinding(text, finding('070-123 45 67', 'phone', 5));
    expect(result).toEqual({ text: 'Ring vid larm.', caret: 4 });
  });

  it('leaves no space before a full stop', () => {
    const text = 'Kontakta Kalle Andersson.';
    expect(removePersonalDataFinding(text, finding('Kalle Andersson', 'name', 9)).text).toBe('Kontakta.');
  });

  it('removes a following space at the start of a line', () => {
    expect(removePersonalDataFinding('Kalle har nyckel', finding('Kalle', 'name', 0)).text).toBe('har nyckel');
  });

  it('finds the words again when the text moved since detection', () => {
    const text = 'OBS! Ring 070-123 45 67.';
    expect(removePersonalDataFinding(text, finding('070-123 45 67', 'phone', 5)).text).toBe('OBS! Ring.');
  });

  it('loses nothing when the words are gone', () => {
    const text = 'Ring jouren.';
    expect(removePersonalDataFinding(text, finding('070-123 45 67', 'phone', 5))).toEqual({ text, caret: 5 });
  });
});

describe('personalDataMessage', () => {
  it('names each finding once, by kind and excerpt, in the chosen language', () => {
    const findings = [finding('070-123 45 67', 'phone', 0), finding('Kalle', 'name', 20), finding('Kalle', 'name', 40)];
    expect(personalDataMessage(findings, 'block', personalDataTranslator('en'))).toBe(
      'This field must not hold personal data. Remove: phone number (070-…), name (Kalle).',
    );
    expect(personalDataMessage(findings, 'warn', personalDataTranslator('sv'))).toBe(
      'Fältet ser ut att innehålla personuppgifter: telefonnummer (070-…), namn (Kalle).',
    );
  });

  it('is null when nothing was found', () => {
    expect(personalDataMessage([], 'block', personalDataTranslator('sv'))).toBeNull();
  });
});

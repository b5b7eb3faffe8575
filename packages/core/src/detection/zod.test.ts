import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import * as zm from 'zod/mini';
import { createPrivacyI18n } from '../i18n/create-i18n';
import { privacyNamespace } from '../i18n/resources';
import { detectionTexts } from '../i18n/texts';
import { nameContextModel } from './context-model';
import { personalDataCheck } from './zod';

const withPhone = 'Larmet går till jouren, ring 070-123 45 67 vid läckage i pannrummet.';
const clean = 'Undercentralen ligger i källaren, nyckel i nyckelskåp 3. Mätare nr 7345 avläses månadsvis.';

describe('personalDataCheck', () => {
  it('lets a text without personal data through', () => {
    const schema = z.string().check(personalDataCheck());
    expect(schema.safeParse(clean)).toEqual({ success: true, data: clean });
  });

  it('passes the context model to the detector', () => {
    const note = 'Reported by Amara Nwosu via the portal: the lift on floor 3 is stuck.';
    expect(z.string().check(personalDataCheck()).safeParse(note).success).toBe(true);
    const result = z
      .string()
      .check(personalDataCheck({ locale: 'en', contextModel: nameContextModel }))
      .safeParse(note);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/name/);
  });

  it('in block mode rejects a phone number with a Swedish message naming it by excerpt', () => {
    const result = z
      .string()
      .check(personalDataCheck({ mode: 'block', locale: 'sv' }))
      .safeParse(withPhone);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      'Fältet får inte innehålla personuppgifter. Ta bort: telefonnummer (070-…).',
    );
  });

  it('blocks by default, in the locale it is given', () => {
    const result = z
      .string()
      .check(personalDataCheck({ locale: 'en' }))
      .safeParse('Contact: anna.lindqvist@example.com');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      'This field must not hold personal data. Remove: e-mail address (ann…).',
    );
  });

  it('takes the form’s own t, so the message follows the form’s language', () => {
    const i18n = createPrivacyI18n('en', { texts: [detectionTexts] });
    // i18next's own t is accepted as it is.
    const t = i18n.getFixedT(null, privacyNamespace);
    const schema = z.string().check(personalDataCheck({ t }));
    expect(schema.safeParse(withPhone).error?.issues[0]?.message).toMatch(/^This field must not hold personal data/);
    void i18n.changeLanguage('sv');
    expect(schema.safeParse(withPhone).error?.issues[0]?.message).toMatch(/^Fältet får inte innehålla/);
  });

  it('in warn mode lets the text through and tells onFindings what it found', () => {
    const onFindings = vi.fn();
    const schema = z.string().check(personalDataCheck({ mode: 'warn', locale: 'sv', onFindings }));
    expect(schema.safeParse(withPhone).success).toBe(true);
    const [findings, message] = onFindings.mock.calls[0] ?? [];
    expect(findings.map((f: { kind: string }) => f.kind)).toContain('phone');
    expect(message).toBe('Fältet ser ut att innehålla personuppgifter: telefonnummer (070-…).');
  });

  it('respects kinds: a check for e-mail only passes a phone number', () => {
    const schema = z.string().check(personalDataCheck({ kinds: ['email'] }));
    expect(schema.safeParse(withPhone).success).toBe(true);
    expect(schema.safeParse('mejla ove@exempel.se').success).toBe(false);
  });

  it('passes the allow list to the detector: a unit named like a person does not block', () => {
    const note = 'Larm från Linnéa: läkemedelskylen över 8 °C.';
    expect(z.string().check(personalDataCheck()).safeParse(note).success).toBe(false);
    expect(
      z
        .string()
        .check(personalDataCheck({ allowList: ['Linnéa'] }))
        .safeParse(note).success,
    ).toBe(true);
  });

  it('works with zod/mini too, and inside an object with the issue at the field’s path', () => {
    const schema = zm.object({ notes: zm.string().check(personalDataCheck({ locale: 'sv' })) });
    const result = schema.safeParse({ notes: withPhone });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['notes']);
  });

  it('leaves type errors to the schema it is attached to', () => {
    const result = z.string().check(personalDataCheck()).safeParse(42);
    expect(result.error?.issues.map((i) => i.code)).toEqual(['invalid_type']);
  });
});

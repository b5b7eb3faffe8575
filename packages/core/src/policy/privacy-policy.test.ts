import { describe, expect, it } from 'vitest';
import { privacyResources } from '../i18n/resources';
import { collectPolicyTexts, getPrivacyPolicy, privacyPolicy } from './privacy-policy';
import { getSubprocessor, getSubprocessors, subprocessors } from './subprocessors';
import type { PolicyBlock } from './types';

const shape = (block: PolicyBlock) =>
  block.kind === 'list' ? `list:${block.id}:${block.items.length}:${block.isFilledInByProject}` : block.kind;

describe('the policy data', () => {
  it('has the same sections, in the same order, in Swedish and English', () => {
    expect(privacyPolicy.en.sections.map((s) => s.id)).toEqual(privacyPolicy.sv.sections.map((s) => s.id));
  });

  it('has the same blocks and lists in every section in both languages', () => {
    for (const [index, sv] of privacyPolicy.sv.sections.entries()) {
      const en = privacyPolicy.en.sections[index];
      expect(en?.blocks.map(shape), sv.id).toEqual(sv.blocks.map(shape));
      expect(en?.isHeadingAddedByProject, sv.id).toBe(sv.isHeadingAddedByProject);
    }
  });

  it('has unique section ids that work as URL fragments', () => {
    const ids = privacyPolicy.sv.sections.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z-]*$/);
  });

  it('has no empty heading, paragraph or list item', () => {
    for (const locale of ['sv', 'en'] as const) {
      const policy = getPrivacyPolicy(locale);
      expect(policy.title.trim()).not.toBe('');
      for (const section of policy.sections) {
        expect(section.heading.trim(), section.id).not.toBe('');
        for (const block of section.blocks) {
          if (block.kind === 'paragraph') expect(block.text.trim(), section.id).not.toBe('');
          if (block.kind === 'list') for (const item of block.items) expect(item.trim(), block.id).not.toBe('');
        }
      }
    }
  });

  it('marks the three lists lost from the seed as filled in by the project', () => {
    const filled = privacyPolicy.sv.sections.flatMap((s) =>
      s.blocks.filter((b) => b.kind === 'list' && b.isFilledInByProject).map((b) => (b.kind === 'list' ? b.id : '')),
    );
    expect(filled).toEqual(['purposes', 'personal-data-kept', 'data-sent-to-bookkeeping-and-payment']);
  });

  it('follows each sentence the seed ends with a colon by the list that belongs to it', () => {
    const section = privacyPolicy.sv.sections.find((s) => s.id === 'personal-data');
    const blocks = section?.blocks ?? [];
    const purposes = blocks.findIndex((b) => b.kind === 'list' && b.id === 'purposes');
    const before = blocks[purposes - 1];
    expect(before?.kind === 'paragraph' && before.text.endsWith('för följande ändamål:')).toBe(true);
  });

  it('shows the subprocessor table once, under the references', () => {
    const withTable = privacyPolicy.sv.sections.filter((s) => s.blocks.some((b) => b.kind === 'subprocessors'));
    expect(withTable.map((s) => s.id)).toEqual(['references']);
  });

  it('keeps the seed’s slips out of the Swedish text', () => {
    const text = JSON.stringify([privacyPolicy.sv, getSubprocessors('sv')]);
    expect(text).not.toContain('integritetsspolicy');
    expect(text).not.toContain('City Networks');
    expect(text).not.toContain('ditt e-mailadress');
  });
});

describe('subprocessors', () => {
  it('are the five parties the policy names, with stable ids', () => {
    expect(subprocessors.map((s) => s.id).sort()).toEqual([
      'bookkeeping',
      'hosting',
      'installer',
      'newsletter',
      'payment',
    ]);
    expect(getSubprocessor('bookkeeping').company).toBe('Visma SPCS');
    expect(getSubprocessor('payment').company).toBe('PayPal');
    expect(getSubprocessor('newsletter').company).toBe('Mailchimp');
    expect(getSubprocessor('hosting').company).toBe('City Network');
  });

  it('name the installer per booking instead of as one company', () => {
    const installer = getSubprocessor('installer');
    expect(installer.company).toBeNull();
    expect(installer.isNamedPerBooking).toBe(true);
  });

  it('have every field filled in both languages', () => {
    for (const locale of ['sv', 'en'] as const) {
      for (const s of getSubprocessors(locale)) {
        for (const text of [s.name, s.role, s.when, s.atDeregistration])
          expect(text.trim(), `${s.id} ${locale}`).not.toBe('');
        expect(s.dataReceived.length, `${s.id} ${locale}`).toBeGreaterThan(0);
        expect(s.dataReceived.length).toBe(getSubprocessor(s.id).dataReceived.sv.length);
      }
    }
  });

  it('reject an unknown id with the known ones in the message', () => {
    // @ts-expect-error an id that does not exist
    expect(() => getSubprocessor('analytics')).toThrow(/Known: installer, bookkeeping/);
  });
});

describe('collectPolicyTexts', () => {
  it('holds the headings, list items and subprocessor texts of the chosen language only', () => {
    const sv = collectPolicyTexts('sv');
    expect(sv.has('Cookies')).toBe(true);
    expect(sv.has('Fritext-inmatningsfält')).toBe(true);
    expect(sv.has(getSubprocessor('payment').role.sv)).toBe(true);
    expect(sv.has('Free-text input fields')).toBe(false);
    expect(collectPolicyTexts().has('Free-text input fields')).toBe(true);
  });

  it('holds no UI wording', () => {
    expect(collectPolicyTexts().has(privacyResources.sv.common.close)).toBe(false);
  });
});

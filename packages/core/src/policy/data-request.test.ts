import { describe, expect, it } from 'vitest';
import { createDataRequestSchema, emptyDataRequestValues, maxCorrectionLength } from './data-request';

const typed = createDataRequestSchema({ hasAccountList: false });
const listed = createDataRequestSchema({ hasAccountList: true });
const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((i) => i.message) ?? [];

describe('data request schema', () => {
  it('asks which kind of request it is first', () => {
    expect(messages(typed.safeParse(emptyDataRequestValues))).toEqual(['requests.errors.kindRequired']);
  });

  it('turns typed accounts into a list, one per line or comma', () => {
    const result = typed.parse({
      ...emptyDataRequestValues,
      kind: 'deregistration',
      accountsText: ' anna@example.se,\nbrf-ekbacken ',
    });
    expect(result).toEqual({ kind: 'deregistration', accounts: ['anna@example.se', 'brf-ekbacken'] });
  });

  it('needs at least one account, typed or chosen', () => {
    expect(
      messages(typed.safeParse({ ...emptyDataRequestValues, kind: 'deregistration', accountsText: '   ' })),
    ).toEqual(['requests.errors.accountsRequired']);
    expect(messages(listed.safeParse({ ...emptyDataRequestValues, kind: 'deregistration' }))).toEqual([
      'requests.errors.accountsRequired',
    ]);
    expect(listed.parse({ ...emptyDataRequestValues, kind: 'deregistration', accounts: ['a1', 'a2'] })).toEqual({
      kind: 'deregistration',
      accounts: ['a1', 'a2'],
    });
  });

  it('hands on only the fields of the chosen kind', () => {
    const result = typed.parse({
      ...emptyDataRequestValues,
      kind: 'free-text-removal',
      facility: 'Brf Ekbacken, pumprum',
      field: 'Beskrivning',
      correction: 'typed earlier under another kind',
    });
    expect(result).toEqual({ kind: 'free-text-removal', facility: 'Brf Ekbacken, pumprum', field: 'Beskrivning' });
  });

  it('needs both the facility and the field for a free-text removal', () => {
    expect(messages(typed.safeParse({ ...emptyDataRequestValues, kind: 'free-text-removal' })).sort()).toEqual([
      'requests.errors.facilityRequired',
      'requests.errors.fieldRequired',
    ]);
  });

  it('refuses a correction that is empty or too long', () => {
    expect(messages(typed.safeParse({ ...emptyDataRequestValues, kind: 'correction' }))).toEqual([
      'requests.errors.correctionRequired',
    ]);
    const long = 'x'.repeat(maxCorrectionLength + 1);
    expect(messages(typed.safeParse({ ...emptyDataRequestValues, kind: 'correction', correction: long }))).toEqual([
      'requests.errors.tooLong',
    ]);
  });
});

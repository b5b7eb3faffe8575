import { describe, expect, it } from 'vitest';
import { type ScanSettings, scanBatch } from './scan-batch';

const settings = (overrides: Partial<ScanSettings> = {}): ScanSettings => ({
  fields: ['note'],
  idField: 'id',
  langField: undefined,
  locale: 'sv',
  threshold: undefined,
  kinds: undefined,
  output: 'ndjson',
  reveal: false,
  context: 24,
  layout: { width: 120, showFile: false },
  ...overrides,
});

const parse = (output: string) =>
  output
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('scanBatch', () => {
  it('reports findings with the record id and masks them, counting them by kind', () => {
    const result = scanBatch(
      {
        seq: 3,
        file: 'x.ndjson',
        items: [
          { kind: 'json', line: 1, text: '{"id": 7, "note": "mejla anna.svensson@example.se i dag"}' },
          { kind: 'json', line: 2, text: '{"id": 8, "note": "inget här"}' },
        ],
      },
      settings(),
    );
    expect(result.seq).toBe(3);
    expect(result.records).toBe(2);
    expect(result.recordsWithFindings).toBe(1);
    expect(result.findingsByKind).toEqual({ email: 1 });
    expect(parse(result.output)).toEqual([
      {
        file: 'x.ndjson',
        line: 1,
        id: '7',
        field: 'note',
        kind: 'email',
        start: 6,
        end: 30,
        confidence: expect.any(Number),
        excerpt: 'mejla [email] i dag',
      },
    ]);
    expect(result.seenFields).toEqual(['note']);
    expect(result.hasSeenId).toBe(true);
  });

  it('names CSV columns from the header and scans only the chosen ones', () => {
    const result = scanBatch(
      {
        seq: 0,
        file: 'x.csv',
        header: ['id', 'note', 'owner'],
        items: [{ kind: 'row', line: 2, values: ['1', 'ring 070-123 45 67', 'anna.svensson@example.se'] }],
      },
      settings(),
    );
    expect(parse(result.output).map((finding) => [finding.field, finding.kind])).toEqual([['note', 'phone']]);
  });

  it('warns about a record without the id field but still scans it', () => {
    const result = scanBatch(
      { seq: 0, file: 'x.ndjson', items: [{ kind: 'json', line: 4, text: '{"note": "ring 070-123 45 67"}' }] },
      settings(),
    );
    expect(result.problems).toEqual([
      {
        file: 'x.ndjson',
        line: 4,
        message: 'the record has no "id" (--id); it is reported by its line',
        isMalformed: false,
      },
    ]);
    expect(parse(result.output)[0]).toMatchObject({ id: '', line: 4, kind: 'phone' });
    expect(result.hasSeenId).toBe(false);
  });

  it('reports records that are not JSON objects without quoting their text', () => {
    const result = scanBatch(
      {
        seq: 0,
        file: 'x.ndjson',
        items: [
          { kind: 'json', line: 1, text: 'anna.svensson@example.se' },
          { kind: 'json', line: 2, text: '"just a string"' },
          { kind: 'malformed', line: 3, message: 'line is longer than 10 characters' },
        ],
      },
      settings(),
    );
    expect(result.problems.map((problem) => [problem.line, problem.isMalformed])).toEqual([
      [1, true],
      [2, true],
      [3, true],
    ]);
    expect(result.problems[0]?.message).toMatch(/^not valid JSON/);
    expect(result.problems[0]?.message).not.toContain('anna');
    expect(result.problems[1]?.message).toBe('a record must be a JSON object, found a string');
    expect(result.records).toBe(0);
  });

  it('reads each record’s language from --lang-field, falling back to --lang', () => {
    const batch = {
      seq: 0,
      file: 'x.ndjson',
      items: [
        { kind: 'json' as const, line: 1, text: '{"id":1,"lang":"en-GB","note":"Call me on 070-123 45 67"}' },
        { kind: 'json' as const, line: 2, text: '{"id":2,"lang":"xx","note":"Ring 070-123 45 67"}' },
      ],
    };
    const result = scanBatch(batch, settings({ langField: 'lang', locale: 'sv' }));
    expect(parse(result.output).map((finding) => finding.kind)).toEqual(['phone', 'phone']);
    expect(result.problems).toEqual([]);
  });

  it('reveals the personal data only when asked', () => {
    const item = { kind: 'json' as const, line: 1, text: '{"id":1,"note":"mejla anna.svensson@example.se"}' };
    const hidden = scanBatch({ seq: 0, file: 'f', items: [item] }, settings());
    const shown = scanBatch({ seq: 0, file: 'f', items: [item] }, settings({ reveal: true }));
    expect(hidden.output).not.toContain('anna.svensson');
    expect(parse(shown.output)[0]).toMatchObject({ text: 'anna.svensson@example.se' });
  });

  it('formats CSV rows that quote commas and quotes', () => {
    const result = scanBatch(
      {
        seq: 0,
        file: 'a,b.ndjson',
        items: [{ kind: 'json', line: 1, text: '{"id":"x\\"y","note":"ring 070-123 45 67, tack"}' }],
      },
      settings({ output: 'csv' }),
    );
    expect(result.output).toMatch(/^"a,b\.ndjson",1,"x""y",note,phone,5,18,[\d.]+,"ring \[phone\], tack"\r\n$/);
  });
});

import { describe, expect, it } from 'vitest';
import { type CsvSplitterOptions, createCsvSplitter } from './csv-records';
import type { InputItem } from './input-items';

const parse = (chunks: string[], options?: CsvSplitterOptions) => {
  const splitter = createCsvSplitter(options);
  const items: InputItem[] = [...chunks.flatMap((chunk) => splitter.push(chunk)), ...splitter.end()];
  return { header: splitter.header, items };
};

describe('createCsvSplitter', () => {
  it('reads the header, then each row with the line it starts on', () => {
    expect(parse(['id,note\n1,hej\n2,hallå\n'])).toEqual({
      header: ['id', 'note'],
      items: [
        { kind: 'row', line: 2, values: ['1', 'hej'] },
        { kind: 'row', line: 3, values: ['2', 'hallå'] },
      ],
    });
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields, and counts the lines they span', () => {
    const csv = 'id,note\r\n1,"Ring mig, tack"\r\n2,"Han sa ""hej""\r\noch gick"\r\n3,"sista"\r\n';
    expect(parse([csv]).items).toEqual([
      { kind: 'row', line: 2, values: ['1', 'Ring mig, tack'] },
      { kind: 'row', line: 3, values: ['2', 'Han sa "hej"\r\noch gick'] },
      { kind: 'row', line: 5, values: ['3', 'sista'] },
    ]);
  });

  it('gives the same rows however the input is cut into chunks', () => {
    const csv = 'id,note\n1,"a ""b"", c\nd"\n2,e\n3,""\n';
    const whole = parse([csv]);
    for (let size = 1; size <= 6; size++) {
      expect(parse(csv.match(new RegExp(`[^]{1,${size}}`, 'g')) ?? [])).toEqual(whole);
    }
    expect(whole.items).toHaveLength(3);
  });

  it('reads a last row without a line break, empty fields and a custom delimiter', () => {
    expect(parse(['id;note;x\n1;;\n2;a;b'], { delimiter: ';' }).items).toEqual([
      { kind: 'row', line: 2, values: ['1', '', ''] },
      { kind: 'row', line: 3, values: ['2', 'a', 'b'] },
    ]);
  });

  it('reports a row with the wrong number of fields and reads the rows after it', () => {
    expect(parse(['id,note\n1,a,extra\n2,b\n']).items).toEqual([
      { kind: 'malformed', line: 2, message: 'expected 2 fields (as in the header), found 3' },
      { kind: 'row', line: 3, values: ['2', 'b'] },
    ]);
  });

  it('reports text after a closing quote and goes on at the next line', () => {
    expect(parse(['id,note\n1,"a"b\n2,c\n']).items).toEqual([
      {
        kind: 'malformed',
        line: 2,
        message: 'unexpected text after a closing quote (a quote inside a field must be doubled)',
      },
      { kind: 'row', line: 3, values: ['2', 'c'] },
    ]);
  });

  it('reports a quoted field that is never closed, naming the line it opens on', () => {
    expect(parse(['id,note\n1,ok\n2,"never closed\nmore\n']).items).toEqual([
      { kind: 'row', line: 2, values: ['1', 'ok'] },
      { kind: 'malformed', line: 3, message: 'a quoted field is never closed (the input ends inside it)' },
    ]);
  });

  it('skips blank lines, and keeps a stray quote inside an unquoted field as text', () => {
    expect(parse(['id,note\n\n1,5" pipe\n']).items).toEqual([{ kind: 'row', line: 3, values: ['1', '5" pipe'] }]);
  });

  it('reports a record longer than the limit without holding it', () => {
    const { items } = parse(['id,note\n1,"', 'x'.repeat(30), 'y'.repeat(30), '"\n2,b\n'], { maxRecordLength: 40 });
    expect(items).toEqual([
      { kind: 'malformed', line: 2, message: 'record is longer than 40 characters' },
      { kind: 'row', line: 3, values: ['2', 'b'] },
    ]);
  });
});

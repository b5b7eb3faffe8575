import { describe, expect, it } from 'vitest';
import type { InputItem } from './input-items';
import { createNdjsonSplitter, type NdjsonSplitterOptions } from './ndjson-lines';

const split = (chunks: string[], options?: NdjsonSplitterOptions): InputItem[] => {
  const splitter = createNdjsonSplitter(options);
  return [...chunks.flatMap((chunk) => splitter.push(chunk)), ...splitter.end()];
};

describe('createNdjsonSplitter', () => {
  it('gives each non-empty line with its line number, skipping blank lines', () => {
    expect(split(['{"a":1}\n\n{"a":2}\r\n  \n{"a":3}'])).toEqual([
      { kind: 'json', line: 1, text: '{"a":1}' },
      { kind: 'json', line: 3, text: '{"a":2}' },
      { kind: 'json', line: 5, text: '{"a":3}' },
    ]);
  });

  it('joins a line split across chunks, however the chunks fall', () => {
    const text = '{"note":"ett"}\n{"note":"två"}\n{"note":"tre"}\n';
    const whole = split([text]);
    for (let size = 1; size <= 7; size++) {
      const chunks = text.match(new RegExp(`[^]{1,${size}}`, 'g')) ?? [];
      expect(split(chunks)).toEqual(whole);
    }
  });

  it('reports a line longer than the limit and keeps reading the lines after it', () => {
    const long = `{"note":"${'x'.repeat(100)}"}`;
    expect(split(['{"a":1}\n', long.slice(0, 50), long.slice(50), '\n{"a":2}\n'], { maxRecordLength: 40 })).toEqual([
      { kind: 'json', line: 1, text: '{"a":1}' },
      { kind: 'malformed', line: 2, message: 'line is longer than 40 characters' },
      { kind: 'json', line: 3, text: '{"a":2}' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { type InputItem, UnusableInputError } from './input-items';
import { createJsonArraySplitter, type JsonArraySplitterOptions } from './json-array-splitter';

const split = (chunks: string[], options?: JsonArraySplitterOptions): InputItem[] => {
  const splitter = createJsonArraySplitter(options);
  return [...chunks.flatMap((chunk) => splitter.push(chunk)), ...splitter.end()];
};

describe('createJsonArraySplitter', () => {
  it('gives each element as text with the line it starts on', () => {
    const json = '[\n  {"id": 1, "note": "a, [b] {c}"},\n  {"id": 2, "tags": ["x", {"y": "]"}]}\n]\n';
    expect(split([json])).toEqual([
      { kind: 'json', line: 2, text: '{"id": 1, "note": "a, [b] {c}"}' },
      { kind: 'json', line: 3, text: '{"id": 2, "tags": ["x", {"y": "]"}]}' },
    ]);
  });

  it('handles escaped quotes and backslashes in strings, however the chunks fall', () => {
    const json = '[{"n":"say \\"hi\\", \\\\"},{"n":"\\\\\\""}, 3, "x,y"]';
    const whole = split([json]);
    expect(whole.map((item) => (item.kind === 'json' ? JSON.parse(item.text) : item))).toEqual([
      { n: 'say "hi", \\' },
      { n: '\\"' },
      3,
      'x,y',
    ]);
    for (let size = 1; size <= 5; size++) {
      expect(split(json.match(new RegExp(`[^]{1,${size}}`, 'g')) ?? [])).toEqual(whole);
    }
  });

  it('reads an empty array as no elements', () => {
    expect(split([' [ ] '])).toEqual([]);
  });

  it('keeps going after an element that is not valid JSON, up to the next top-level comma', () => {
    const items = split(['[{"id":1},\n{"id":2 oops},\n{"id":3}]']);
    expect(items).toEqual([
      { kind: 'json', line: 1, text: '{"id":1}' },
      { kind: 'json', line: 2, text: '{"id":2 oops}' },
      { kind: 'json', line: 3, text: '{"id":3}' },
    ]);
  });

  it('refuses input that is not an array, naming the line', () => {
    expect(() => split(['\n\n{"id":1}'])).toThrow(UnusableInputError);
    try {
      split(['\n\n{"id":1}']);
    } catch (error) {
      expect((error as UnusableInputError).line).toBe(3);
      expect((error as Error).message).toMatch(/--format ndjson/);
    }
    expect(() => split([''])).toThrow(/empty/);
  });

  it('reports an array that is never closed but keeps its last complete element', () => {
    expect(split(['[{"id":1},{"id":2}'])).toEqual([
      { kind: 'json', line: 1, text: '{"id":1}' },
      { kind: 'json', line: 1, text: '{"id":2}' },
      { kind: 'malformed', line: 1, message: 'the array is never closed with "]"' },
    ]);
  });

  it('reports an element longer than the limit and reads the next one', () => {
    expect(split(['[{"n":"', 'x'.repeat(50), '"},{"id":2}]'], { maxRecordLength: 20 })).toEqual([
      { kind: 'malformed', line: 1, message: 'element is longer than 20 characters' },
      { kind: 'json', line: 1, text: '{"id":2}' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { countLineFeeds, ndjsonBytesToBatch } from './ndjson-bytes';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('ndjsonBytesToBatch', () => {
  it('numbers the lines from the batch’s first line and drops a byte-order mark only at the file start', () => {
    const batch = ndjsonBytesToBatch({
      seq: 2,
      file: 'x.ndjson',
      bytes: bytes('\uFEFF{"a":"å"}\n\n{"a":2}\n'),
      firstLine: 1,
      isFileStart: true,
      maxRecordLength: 100,
    });
    expect(batch).toEqual({
      seq: 2,
      file: 'x.ndjson',
      items: [
        { kind: 'json', line: 1, text: '{"a":"å"}' },
        { kind: 'json', line: 3, text: '{"a":2}' },
      ],
    });
    const later = ndjsonBytesToBatch({
      seq: 3,
      file: 'x.ndjson',
      bytes: bytes('{"a":3}\r\n'),
      firstLine: 40,
      isFileStart: false,
      maxRecordLength: 100,
    });
    expect(later.items).toEqual([{ kind: 'json', line: 40, text: '{"a":3}' }]);
  });
});

describe('countLineFeeds', () => {
  it('counts line feeds, not other bytes of multi-byte characters', () => {
    expect(countLineFeeds(bytes('å\nä\r\nö\n😀'))).toBe(3);
    expect(countLineFeeds(bytes(''))).toBe(0);
  });
});

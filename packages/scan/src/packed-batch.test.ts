import { describe, expect, it } from 'vitest';
import { packScanBatch, unpackScanBatch } from './packed-batch';
import type { ScanBatch } from './scan-batch';

describe('packScanBatch and unpackScanBatch', () => {
  it('give back exactly the batch that was packed, through a structured clone', () => {
    const batch: ScanBatch = {
      seq: 4,
      file: 'tickets.csv',
      header: ['id', 'note', 'empty'],
      items: [
        { kind: 'row', line: 2, values: ['1', 'ring 070-123 45 67', ''] },
        { kind: 'malformed', line: 3, message: 'expected 3 fields (as in the header), found 2' },
        { kind: 'row', line: 4, values: ['2', 'två\nrader 😀', ''] },
        { kind: 'json', line: 6, text: '{"id":3}' },
        { kind: 'json', line: 7, text: '' },
      ],
    };
    const { packed, transfer } = packScanBatch(batch);
    expect(unpackScanBatch(structuredClone(packed, { transfer }))).toEqual(batch);
  });

  it('packs an empty batch', () => {
    const batch: ScanBatch = { seq: 0, file: '-', items: [] };
    expect(unpackScanBatch(packScanBatch(batch).packed)).toEqual(batch);
  });
});

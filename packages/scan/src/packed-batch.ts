import type { InputItem } from './input-items';
import type { ScanBatch } from './scan-batch';

/**
 * A batch as one string and three typed arrays, for posting to a worker: cloning thousands of small
 * item objects costs more than scanning them, while one string is copied in one go and the arrays'
 * memory is handed over, not copied.
 */
export interface PackedScanBatch {
  seq: number;
  file: string;
  header?: readonly string[];
  /** Every string of every item, end to end. */
  text: string;
  /** Per item: 0 JSON text, 1 CSV row, 2 malformed (its message). */
  kinds: Uint8Array;
  lines: Uint32Array;
  /** Per item: how many strings it has (a row's values; 1 otherwise). */
  counts: Uint32Array;
  /** Per string: where it ends in `text`. */
  ends: Uint32Array;
}

/** Packs a batch; post it with `transfer` so the arrays move instead of being copied. */
export function packScanBatch(batch: ScanBatch): { packed: PackedScanBatch; transfer: ArrayBuffer[] } {
  const { items } = batch;
  let strings = 0;
  for (const item of items) strings += item.kind === 'row' ? item.values.length : 1;
  const kinds = new Uint8Array(items.length);
  const lines = new Uint32Array(items.length);
  const counts = new Uint32Array(items.length);
  const ends = new Uint32Array(strings);
  const parts: string[] = [];
  let offset = 0;
  let at = 0;
  const add = (text: string) => {
    parts.push(text);
    offset += text.length;
    ends[at++] = offset;
  };
  items.forEach((item, i) => {
    lines[i] = item.line;
    if (item.kind === 'json') add(item.text);
    else if (item.kind === 'row') {
      kinds[i] = 1;
      counts[i] = item.values.length;
      for (const value of item.values) add(value);
      return;
    } else {
      kinds[i] = 2;
      add(item.message);
    }
    counts[i] = 1;
  });
  const packed: PackedScanBatch = {
    seq: batch.seq,
    file: batch.file,
    ...(batch.header ? { header: batch.header } : {}),
    text: parts.join(''),
    kinds,
    lines,
    counts,
    ends,
  };
  return { packed, transfer: [kinds.buffer, lines.buffer, counts.buffer, ends.buffer] as ArrayBuffer[] };
}

/** The batch a {@link PackedScanBatch} was packed from. */
export function unpackScanBatch(packed: PackedScanBatch): ScanBatch {
  const { text, kinds, lines, counts, ends } = packed;
  const items: InputItem[] = new Array(kinds.length);
  let at = 0;
  let start = 0;
  const next = () => {
    const end = ends[at++]!;
    const value = text.slice(start, end);
    start = end;
    return value;
  };
  for (let i = 0; i < kinds.length; i++) {
    const line = lines[i]!;
    if (kinds[i] === 0) items[i] = { kind: 'json', line, text: next() };
    else if (kinds[i] === 1) {
      const values: string[] = new Array(counts[i]!);
      for (let v = 0; v < values.length; v++) values[v] = next();
      items[i] = { kind: 'row', line, values };
    } else items[i] = { kind: 'malformed', line, message: next() };
  }
  return { seq: packed.seq, file: packed.file, ...(packed.header ? { header: packed.header } : {}), items };
}

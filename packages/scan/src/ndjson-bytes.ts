import { createNdjsonSplitter } from './ndjson-lines';
import type { ScanBatch } from './scan-batch';

/**
 * A run of whole NDJSON lines as UTF-8 bytes. The main thread only cuts the input at line feeds
 * (a byte that never occurs inside a multi-byte character) and counts them; decoding, splitting and
 * parsing happen where the batch is scanned, so a worker thread does that work too.
 */
export interface NdjsonBytesBatch {
  seq: number;
  file: string;
  bytes: Uint8Array;
  /** The number of the batch's first line in its file. */
  firstLine: number;
  /** Whether the batch starts its file (where a byte-order mark is dropped). */
  isFileStart: boolean;
  maxRecordLength: number;
}

const decoders = {
  fileStart: new TextDecoder('utf-8'),
  later: new TextDecoder('utf-8', { ignoreBOM: true }),
};

/** The items of a {@link NdjsonBytesBatch}: one per non-empty line, with its line number. */
export function ndjsonBytesToBatch(batch: NdjsonBytesBatch): ScanBatch {
  const text = (batch.isFileStart ? decoders.fileStart : decoders.later).decode(batch.bytes);
  const splitter = createNdjsonSplitter({ maxRecordLength: batch.maxRecordLength, firstLine: batch.firstLine });
  return { seq: batch.seq, file: batch.file, items: [...splitter.push(text), ...splitter.end()] };
}

/** The number of line feeds in `bytes`. */
export function countLineFeeds(bytes: Uint8Array): number {
  let count = 0;
  for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1)) count += 1;
  return count;
}

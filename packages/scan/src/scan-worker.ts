// The worker thread of privacy-scan: scans the batches the main thread sends, with the settings it
// was started with, and sends each result back. It holds no state between batches.
import { parentPort, workerData } from 'node:worker_threads';
import { type NdjsonBytesBatch, ndjsonBytesToBatch } from './ndjson-bytes';
import { type PackedScanBatch, unpackScanBatch } from './packed-batch';
import { type ScanSettings, scanBatch } from './scan-batch';

const settings = workerData as ScanSettings;
parentPort?.on('message', (work: PackedScanBatch | NdjsonBytesBatch) => {
  const batch = 'bytes' in work ? ndjsonBytesToBatch(work) : unpackScanBatch(work);
  parentPort?.postMessage(scanBatch(batch, settings));
});

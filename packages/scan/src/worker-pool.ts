import { Worker } from 'node:worker_threads';
import type { NdjsonBytesBatch } from './ndjson-bytes';
import { packScanBatch } from './packed-batch';
import type { BatchResult, ScanBatch, ScanSettings } from './scan-batch';

/** A fixed set of worker threads that scan batches; results may arrive in any order. */
export interface ScanWorkerPool {
  scan(batch: ScanBatch | NdjsonBytesBatch): Promise<BatchResult>;
  close(): Promise<void>;
}

interface Job {
  batch: ScanBatch | NdjsonBytesBatch;
  resolve: (result: BatchResult) => void;
  reject: (error: Error) => void;
}

/** Starts `size` workers from `workerUrl`, each given the settings once. */
export function createScanWorkerPool(size: number, workerUrl: URL, settings: ScanSettings): ScanWorkerPool {
  const queue: Job[] = [];
  const idle: Worker[] = [];
  const running = new Map<Worker, Job>();
  let failure: Error | undefined;
  let isClosing = false;

  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const job = queue.shift()!;
      running.set(worker, job);
      if ('bytes' in job.batch) worker.postMessage(job.batch);
      else {
        const { packed, transfer } = packScanBatch(job.batch);
        worker.postMessage(packed, transfer);
      }
    }
  };

  const fail = (error: Error) => {
    failure ??= error;
    for (const job of [...running.values(), ...queue.splice(0)]) job.reject(failure);
    running.clear();
  };

  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(workerUrl, { workerData: settings });
    worker.on('message', (result: BatchResult) => {
      const job = running.get(worker);
      running.delete(worker);
      idle.push(worker);
      job?.resolve(result);
      dispatch();
    });
    worker.on('error', (error) => fail(error));
    worker.on('exit', (code) => {
      if (code !== 0 && !isClosing) fail(new Error(`a scan worker stopped with exit code ${code}`));
    });
    idle.push(worker);
    return worker;
  });

  return {
    scan(batch) {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        queue.push({ batch, resolve, reject });
        dispatch();
      });
    },
    async close() {
      isClosing = true;
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

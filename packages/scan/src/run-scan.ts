import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { createCsvSplitter } from './csv-records';
import { type InputItem, UnusableInputError } from './input-items';
import { createJsonArraySplitter } from './json-array-splitter';
import { toSingleLine } from './masked-excerpt';
import { countLineFeeds, type NdjsonBytesBatch, ndjsonBytesToBatch } from './ndjson-bytes';
import { createNdjsonSplitter, type InputSplitter } from './ndjson-lines';
import { formatBytes, ProgressBar } from './progress-bar';
import { csvReportHeader, tableHeader } from './report-format';
import { type BatchResult, type ScanBatch, type ScanSettings, scanBatch } from './scan-batch';
import { createScanWorkerPool, type ScanWorkerPool } from './worker-pool';

/** The input formats; `json` is one JSON array of records. */
export type InputFormat = 'ndjson' | 'json' | 'csv';

/** Everything a scan needs besides its streams. */
export interface ScanRunOptions {
  /** File paths; `-` is standard input. */
  inputs: readonly string[];
  /** The input format; guessed from each file's extension or first character when undefined. */
  format: InputFormat | undefined;
  delimiter: string;
  maxRecordLength: number;
  settings: ScanSettings;
  /** Threads scanning records; more than 1 starts worker threads for large inputs. */
  jobs: number;
  /**
   * Input bytes read before worker threads start (they cost about 0.2 s of CPU each to start, more
   * than a small export takes on one thread); 0 starts them with the second batch.
   */
  workersAfterBytes: number;
  /** The built worker script; without it everything runs on the main thread. */
  workerUrl: URL | undefined;
  showProgress: boolean;
  /** Characters of input per batch (default 256 Ki). */
  batchLength?: number;
}

/** The streams a scan reads and writes, and whether they are terminals. */
export interface ScanStreams {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  isStdoutTerminal: boolean;
  isStderrTerminal: boolean;
}

/** Exit codes: nothing found, something found, unusable input. */
export const exitCodes = { clean: 0, found: 1, unusableInput: 2 } as const;

const maxReportedProblems = 200;

const displayName = (input: string) => (input === '-' ? 'standard input' : input);

function formatFromName(input: string): InputFormat | undefined {
  const lower = input.toLowerCase();
  if (lower.endsWith('.ndjson') || lower.endsWith('.jsonl')) return 'ndjson';
  if (lower.endsWith('.csv')) return 'csv';
  return undefined; // .json may be an array or NDJSON: the first character decides
}

function sniffFormat(text: string): InputFormat | undefined {
  const first = /\S/.exec(text)?.[0];
  if (first === undefined) return undefined;
  return first === '[' ? 'json' : first === '{' ? 'ndjson' : 'csv';
}

async function checkReadable(input: string): Promise<number | undefined> {
  if (input === '-') return undefined;
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(input);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UnusableInputError(
      `cannot read ${input}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String(code)}`,
    );
  }
  if (info.isDirectory()) throw new UnusableInputError(`cannot read ${input}: it is a directory`);
  return info.isFile() ? info.size : undefined;
}

/**
 * Runs a whole scan: reads the inputs as streams, scans them in batches (on worker threads for large
 * inputs), writes the report in input order and a summary, and returns the exit code.
 */
export async function runScan(options: ScanRunOptions, io: ScanStreams): Promise<number> {
  const { settings } = options;
  const startedAt = performance.now();
  const batchLength = options.batchLength ?? 256 * 1024;
  const maxInFlight = Math.max(2, options.jobs * 2);
  let pool: ScanWorkerPool | undefined;
  let seq = 0;
  let bytesRead = 0;
  let records = 0;
  let recordsWithFindings = 0;
  let findings = 0;
  let malformed = 0;
  let warnings = 0;
  let reportedProblems = 0;
  let firstMalformedLine: string | undefined;
  let hasWrittenTableHeader = false;
  let isOutputClosed = false;
  const findingsByKind: Record<string, number> = {};
  const seenFields = new Set<string>();
  let hasSeenId = false;
  const inFlight: Array<Promise<BatchResult>> = [];

  let progress: ProgressBar | undefined;
  const clearProgress = () => progress?.clear();

  io.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') isOutputClosed = true;
    else throw error;
  });

  const write = async (stream: Writable, text: string) => {
    if (text === '' || (stream === io.stdout && isOutputClosed)) return;
    if (stream === io.stderr || io.isStdoutTerminal) clearProgress();
    if (stream.write(text)) return;
    // Wait for room; a closed pipe (`| head`) ends the wait too, and is handled by the error listener.
    await new Promise<void>((resolve) => {
      const done = () => {
        stream.off('drain', done).off('close', done).off('error', done);
        resolve();
      };
      stream.on('drain', done).on('close', done).on('error', done);
    });
  };

  // Messages may quote input (a CSV header's column names): one line, no terminal control characters.
  const warn = (text: string) => write(io.stderr, `privacy-scan: ${toSingleLine(text)}\n`);

  const handleResult = async (result: BatchResult) => {
    records += result.records;
    recordsWithFindings += result.recordsWithFindings;
    for (const [kind, count] of Object.entries(result.findingsByKind)) {
      findingsByKind[kind] = (findingsByKind[kind] ?? 0) + count;
      findings += count;
    }
    for (const field of result.seenFields) seenFields.add(field);
    hasSeenId ||= result.hasSeenId;
    for (const problem of result.problems) {
      if (problem.isMalformed) {
        malformed += 1;
        firstMalformedLine ??= `${displayName(problem.file)}:${problem.line}`;
      } else warnings += 1;
      reportedProblems += 1;
      if (reportedProblems <= maxReportedProblems) {
        const label = problem.isMalformed ? 'skipped malformed record' : 'warning';
        await warn(`${displayName(problem.file)}:${problem.line}: ${label}: ${problem.message}`);
      } else if (reportedProblems === maxReportedProblems + 1) {
        await warn(`more than ${maxReportedProblems} problems: the rest are only counted in the summary`);
      }
    }
    if (result.output !== '') {
      if (settings.output === 'table' && !hasWrittenTableHeader) {
        hasWrittenTableHeader = true;
        await write(io.stdout, tableHeader(settings.layout));
      }
      await write(io.stdout, result.output);
    }
    progress?.update(bytesRead, findings);
  };

  const submit = async (batch: ScanBatch | NdjsonBytesBatch) => {
    const isLarge = batch.seq > 0 && bytesRead >= options.workersAfterBytes;
    if (pool === undefined && isLarge && options.jobs > 1 && options.workerUrl !== undefined) {
      pool = createScanWorkerPool(options.jobs, options.workerUrl, settings);
    }
    if (pool === undefined) {
      await handleResult(scanBatch('bytes' in batch ? ndjsonBytesToBatch(batch) : batch, settings));
      return;
    }
    const scanned = pool.scan(batch);
    // If a worker fails, the first result awaited reports it; the others must not crash the process.
    scanned.catch(() => {});
    inFlight.push(scanned);
    while (inFlight.length >= maxInFlight) await handleResult(await inFlight.shift()!);
  };

  const drain = async () => {
    while (inFlight.length > 0) await handleResult(await inFlight.shift()!);
  };

  /**
   * NDJSON, the common case, the fast way: cut the bytes at line feeds and hand whole lines on, so
   * the main thread neither decodes nor splits. Until the format is known (from the first
   * non-blank byte), chunks are only held; any other format goes back to `feed`, the text path.
   */
  const scanNdjsonBytes = async (
    input: string,
    iterator: AsyncIterator<Buffer | string>,
    knownFormat: InputFormat | undefined,
  ): Promise<'done' | { format: InputFormat; held: Buffer }> => {
    let format = knownFormat;
    const pending: Buffer[] = [];
    let pendingBytes = 0;
    let carry: Buffer | undefined;
    let line = 1;
    let isFileStart = true;
    let isSkipping = false;
    const maxCarry = options.maxRecordLength * 4; // UTF-8 takes at most 4 bytes a code unit pair
    const batchBytes = batchLength;

    const flushBytes = async (final: boolean) => {
      if (pendingBytes === 0) return;
      if (!final && pendingBytes < batchBytes) return;
      const bytes = pending.length === 1 ? pending[0]! : Buffer.concat(pending, pendingBytes);
      pending.length = 0;
      pendingBytes = 0;
      const batch: NdjsonBytesBatch = {
        seq,
        file: input,
        bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        firstLine: line,
        isFileStart,
        maxRecordLength: options.maxRecordLength,
      };
      seq += 1;
      isFileStart = false;
      line += countLineFeeds(bytes);
      await submit(batch);
    };

    const sniff = (bytes: Buffer): InputFormat | undefined => {
      for (let i = 0; i < bytes.length; i++) {
        const c = bytes[i]!;
        if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) continue;
        if (i <= 2 && (c === 0xef || c === 0xbb || c === 0xbf)) continue; // a byte-order mark
        return c === 0x5b ? 'json' : c === 0x7b ? 'ndjson' : 'csv';
      }
      return undefined;
    };

    try {
      for (;;) {
        if (isOutputClosed) break;
        const next = await iterator.next();
        if (next.done) break;
        const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
        bytesRead += chunk.length;
        if (format === undefined) {
          pending.push(chunk);
          pendingBytes += chunk.length;
          format = sniff(Buffer.concat(pending));
          if (format === undefined) continue;
          const held = Buffer.concat(pending);
          pending.length = 0;
          pendingBytes = 0;
          if (format !== 'ndjson') return { format, held }; // the text path takes over
          carry = held;
        } else carry = carry ? Buffer.concat([carry, chunk]) : chunk;

        let body = carry;
        if (isSkipping) {
          const end = body.indexOf(10);
          if (end === -1) {
            carry = undefined;
            continue;
          }
          isSkipping = false;
          line += 1;
          body = body.subarray(end + 1);
        }
        const lastLineFeed = body.lastIndexOf(10);
        if (lastLineFeed === -1) {
          carry = body;
          if (carry.length > maxCarry) {
            await flushBytes(true);
            await submit({
              seq: seq++,
              file: input,
              items: [
                { kind: 'malformed', line, message: `line is longer than ${options.maxRecordLength} characters` },
              ],
            });
            carry = undefined;
            isSkipping = true;
          }
          continue;
        }
        // Copied, because the stream may reuse the chunk's memory.
        pending.push(Buffer.from(body.subarray(0, lastLineFeed + 1)));
        pendingBytes += lastLineFeed + 1;
        carry = lastLineFeed + 1 < body.length ? Buffer.from(body.subarray(lastLineFeed + 1)) : undefined;
        await flushBytes(false);
        progress?.update(bytesRead, findings);
      }
    } catch (error) {
      if (error instanceof UnusableInputError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      throw new UnusableInputError(`cannot read ${displayName(input)}: ${code ?? (error as Error).message}`);
    }
    if (format === undefined) return 'done'; // only white space
    if (carry !== undefined && !isSkipping) {
      pending.push(carry);
      pendingBytes += carry.length;
    }
    await flushBytes(true);
    return 'done';
  };

  const scanInput = async (input: string) => {
    const stream = input === '-' ? io.stdin : createReadStream(input, { highWaterMark: 1024 * 1024 });
    const decoder = new TextDecoder('utf-8');
    const name = input;
    let format = options.format ?? formatFromName(input);
    let splitter: InputSplitter | undefined;
    let csvHeaderChecked = false;
    let items: InputItem[] = [];
    let length = 0;

    const makeSplitter = (kind: InputFormat): InputSplitter => {
      const limits = { maxRecordLength: options.maxRecordLength };
      if (kind === 'csv') return createCsvSplitter({ ...limits, delimiter: options.delimiter });
      return kind === 'json' ? createJsonArraySplitter(limits) : createNdjsonSplitter(limits);
    };

    const checkCsvHeader = (header: readonly string[]) => {
      const named = (flag: string, field: string | undefined) =>
        field === undefined || header.includes(field)
          ? []
          : [`the CSV header has no column "${field}" named by ${flag}`];
      const missing = [
        ...named('--id', settings.idField),
        ...named('--lang-field', settings.langField),
        ...(settings.fields ?? []).flatMap((field) => named('--fields', field)),
      ];
      if (missing.length > 0) {
        throw new UnusableInputError(`${missing.join('; ')} (its columns: ${header.join(', ')})`, 1);
      }
    };

    const take = async (newItems: InputItem[]) => {
      if (splitter !== undefined && format === 'csv' && !csvHeaderChecked) {
        const header = (splitter as ReturnType<typeof createCsvSplitter>).header;
        if (header !== undefined) {
          csvHeaderChecked = true;
          checkCsvHeader(header);
        }
      }
      for (const item of newItems) {
        items.push(item);
        if (item.kind === 'json') length += item.text.length;
        else if (item.kind === 'row') for (const value of item.values) length += value.length + 1;
        else length += 16;
      }
      if (length >= batchLength || items.length >= 8192) await flush();
    };

    const flush = async () => {
      if (items.length === 0) return;
      const header = format === 'csv' ? (splitter as ReturnType<typeof createCsvSplitter>).header : undefined;
      const batch: ScanBatch = { seq, file: name, items, ...(header ? { header } : {}) };
      seq += 1;
      items = [];
      length = 0;
      await submit(batch);
    };

    const feed = async (text: string) => {
      if (text === '') return;
      if (splitter === undefined) {
        format ??= sniffFormat(text);
        if (format === undefined) return; // only white space so far
        splitter = makeSplitter(format);
      }
      await take(splitter.push(text));
    };

    const iterator = (stream as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
    try {
      if (format === undefined || format === 'ndjson') {
        const handled = await scanNdjsonBytes(input, iterator, format);
        if (handled === 'done') return;
        format = handled.format;
        await feed(decoder.decode(handled.held, { stream: true }));
      }
      for (;;) {
        if (isOutputClosed) break;
        const next = await iterator.next();
        if (next.done) break;
        const chunk = next.value;
        bytesRead += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
        await feed(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
        progress?.update(bytesRead, findings);
      }
    } catch (error) {
      if (error instanceof UnusableInputError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      throw new UnusableInputError(`cannot read ${displayName(input)}: ${code ?? (error as Error).message}`);
    } finally {
      await iterator.return?.();
    }
    await feed(decoder.decode());
    if (splitter === undefined && format === 'json') splitter = makeSplitter('json');
    if (splitter !== undefined) await take(splitter.end());
    await flush();
  };

  let current = '-';
  try {
    const sizes = await Promise.all(options.inputs.map(checkReadable));
    const total = sizes.every((size) => size !== undefined)
      ? sizes.reduce<number>((sum, size) => sum + (size ?? 0), 0)
      : undefined;
    if (options.showProgress && io.isStderrTerminal) progress = new ProgressBar(io.stderr, total);
    if (settings.output === 'csv') await write(io.stdout, csvReportHeader(settings.reveal));
    for (const input of options.inputs) {
      current = input;
      await scanInput(input);
      if (isOutputClosed) break;
    }
    await drain();
    current = '';
    if (settings.fields !== undefined && records > 0) {
      const unseen = settings.fields.filter((field) => !seenFields.has(field));
      if (unseen.length > 0) {
        throw new UnusableInputError(
          `no record has the field${unseen.length > 1 ? 's' : ''} ${unseen.map((f) => `"${f}"`).join(', ')} named by --fields (${records} records read)`,
        );
      }
    }
    if (settings.idField !== undefined && records > 0 && !hasSeenId) {
      throw new UnusableInputError(
        `no record has the field "${settings.idField}" named by --id (${records} records read)`,
      );
    }
    if (records === 0 && malformed > 0) {
      throw new UnusableInputError(
        `no record could be read: all ${malformed} were malformed, the first on line ${firstMalformedLine}`,
      );
    }
  } catch (error) {
    await pool?.close();
    pool = undefined;
    clearProgress();
    if (!(error instanceof UnusableInputError)) throw error;
    const where = current === '' ? '' : error.line === undefined ? '' : `${displayName(current)}:${error.line}: `;
    await warn(`${where}${error.message}`);
    return exitCodes.unusableInput;
  }
  const threads = pool === undefined ? '1 thread' : `${options.jobs} worker threads`;
  await pool?.close();
  clearProgress();

  const seconds = (performance.now() - startedAt) / 1000;
  const summary = [
    `privacy-scan: ${records} record${records === 1 ? '' : 's'} scanned on ${threads} (${formatBytes(bytesRead)} in ${seconds.toFixed(1)} s, ${formatBytes(bytesRead / Math.max(seconds, 0.001))}/s).`,
    findings === 0
      ? 'No personal data found.'
      : `${findings} finding${findings === 1 ? '' : 's'} of personal data in ${recordsWithFindings} record${recordsWithFindings === 1 ? '' : 's'}:`,
    ...Object.entries(findingsByKind)
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
      .map(([kind, count]) => `  ${kind.padEnd(26)}${String(count).padStart(8)}`),
    ...(malformed > 0 ? [`${malformed} malformed record${malformed === 1 ? '' : 's'} skipped (reported above).`] : []),
    ...(warnings > 0 ? [`${warnings} warning${warnings === 1 ? '' : 's'} (reported above).`] : []),
  ].join('\n');
  await write(
    settings.output === 'table' ? io.stdout : io.stderr,
    `${settings.output === 'table' && findings > 0 ? '\n' : ''}${summary}\n`,
  );
  return findings > 0 ? exitCodes.found : exitCodes.clean;
}

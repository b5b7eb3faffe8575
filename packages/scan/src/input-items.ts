/** One unit of input handed to the scanner, with the line (1-based) where it starts. */
export type InputItem =
  /** An NDJSON line or a JSON-array element, still as text: parsed where it is scanned. */
  | { kind: 'json'; line: number; text: string }
  /** A CSV row, matched to the header's columns where it is scanned. */
  | { kind: 'row'; line: number; values: string[] }
  /** Input that could not be read as a record; reported with its line, and the scan goes on. */
  | { kind: 'malformed'; line: number; message: string };

/** Input that makes the whole scan pointless (not an array, a missing column): exit code 2. */
export class UnusableInputError extends Error {
  /** The line the problem was found on, when there is one. */
  readonly line: number | undefined;

  constructor(message: string, line?: number) {
    super(message);
    this.name = 'UnusableInputError';
    this.line = line;
  }
}

/** The default longest record, in UTF-16 code units: longer ones are reported and skipped. */
export const defaultMaxRecordLength = 16 * 1024 * 1024;

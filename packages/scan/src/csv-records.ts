import { defaultMaxRecordLength, type InputItem } from './input-items';
import type { InputSplitter } from './ndjson-lines';

/** Options for {@link createCsvSplitter}. */
export interface CsvSplitterOptions {
  /** The field separator: `,` by default (RFC 4180); Swedish spreadsheet exports often use `;`. */
  delimiter?: string;
  /** Records longer than this (UTF-16 code units) are reported as malformed and skipped. */
  maxRecordLength?: number;
}

/** A CSV push parser; `header` is the first row once it has been read. */
export interface CsvSplitter extends InputSplitter {
  readonly header: readonly string[] | undefined;
}

const quote = 0x22;
const lineFeed = 0x0a;
const carriageReturn = 0x0d;

const State = {
  FieldStart: 0,
  Unquoted: 1,
  Quoted: 2,
  /** A quote inside a quoted field: either the first of `""` or the closing quote. */
  QuoteInQuoted: 3,
  /** The row is already known to be malformed: skip to the end of the line. */
  SkipToLineEnd: 4,
} as const;

/**
 * Parses RFC 4180 CSV incrementally: quoted fields with embedded delimiters, newlines and `""`,
 * CRLF or LF line ends, a header row. Each row comes back with the line it starts on; a row with the
 * wrong number of fields is reported as malformed and the parser goes on with the next one.
 */
export function createCsvSplitter(options: CsvSplitterOptions = {}): CsvSplitter {
  const delimiterText = options.delimiter ?? ',';
  if (delimiterText.length !== 1 || delimiterText === '"' || delimiterText === '\n' || delimiterText === '\r') {
    throw new TypeError('the CSV delimiter must be one character other than a quote or a line end');
  }
  const delimiter = delimiterText.charCodeAt(0);
  const maxLength = options.maxRecordLength ?? defaultMaxRecordLength;

  let header: string[] | undefined;
  let fields: string[] = [];
  let field = '';
  let recordLength = 0;
  let state: number = State.FieldStart;
  let line = 1;
  let recordLine = 1;
  let wasQuoted = false;
  let problem: string | undefined;

  const endField = () => {
    if (!wasQuoted && field.endsWith('\r')) field = field.slice(0, -1);
    recordLength += field.length;
    if (problem === undefined && recordLength > maxLength) problem = `record is longer than ${maxLength} characters`;
    fields.push(problem === undefined ? field : '');
    field = '';
    wasQuoted = false;
  };

  const endRecord = (items: InputItem[]) => {
    if (problem !== undefined) items.push({ kind: 'malformed', line: recordLine, message: problem });
    else if (header === undefined) header = fields;
    else if (fields.length === 1 && fields[0] === '' && header.length > 1) {
      // A blank line: nothing to scan, nothing lost.
    } else if (fields.length !== header.length) {
      items.push({
        kind: 'malformed',
        line: recordLine,
        message: `expected ${header.length} fields (as in the header), found ${fields.length}`,
      });
    } else items.push({ kind: 'row', line: recordLine, values: fields });
    fields = [];
    recordLength = 0;
    problem = undefined;
    recordLine = line;
  };

  return {
    get header() {
      return header;
    },
    push(chunk) {
      const items: InputItem[] = [];
      let segmentStart = 0;
      for (let i = 0; i < chunk.length; i++) {
        const c = chunk.charCodeAt(i);
        switch (state) {
          case State.FieldStart:
            if (c === quote) {
              state = State.Quoted;
              wasQuoted = true;
              segmentStart = i + 1;
            } else if (c === delimiter) endField();
            else if (c === lineFeed) {
              endField();
              line += 1;
              endRecord(items);
            } else {
              state = State.Unquoted;
              segmentStart = i;
            }
            break;
          case State.Unquoted:
            // A stray quote inside an unquoted field is kept as text: lenient, and nothing is lost.
            if (c === delimiter) {
              field += chunk.slice(segmentStart, i);
              endField();
              state = State.FieldStart;
            } else if (c === lineFeed) {
              field += chunk.slice(segmentStart, i);
              endField();
              line += 1;
              endRecord(items);
              state = State.FieldStart;
            }
            break;
          case State.Quoted:
            if (c === quote) {
              field += chunk.slice(segmentStart, i);
              state = State.QuoteInQuoted;
            } else if (c === lineFeed) line += 1;
            break;
          case State.QuoteInQuoted:
            if (c === quote) {
              field += '"';
              segmentStart = i + 1;
              state = State.Quoted;
            } else if (c === delimiter) {
              endField();
              state = State.FieldStart;
            } else if (c === lineFeed) {
              endField();
              line += 1;
              endRecord(items);
              state = State.FieldStart;
            } else if (c !== carriageReturn) {
              problem ??= 'unexpected text after a closing quote (a quote inside a field must be doubled)';
              state = State.SkipToLineEnd;
            }
            break;
          case State.SkipToLineEnd:
            if (c === lineFeed) {
              field = '';
              line += 1;
              endRecord(items);
              state = State.FieldStart;
            }
            break;
        }
      }
      if (state === State.Unquoted || state === State.Quoted) {
        field += chunk.slice(segmentStart);
        if (problem === undefined && recordLength + field.length > maxLength) {
          problem = `record is longer than ${maxLength} characters`;
        }
        if (problem !== undefined) field = '';
      }
      return items;
    },
    end() {
      const items: InputItem[] = [];
      if (state === State.Quoted) {
        items.push({
          kind: 'malformed',
          line: recordLine,
          message: 'a quoted field is never closed (the input ends inside it)',
        });
      } else if (state !== State.FieldStart || fields.length > 0) {
        if (state !== State.SkipToLineEnd) endField();
        endRecord(items);
      }
      state = State.FieldStart;
      fields = [];
      field = '';
      return items;
    },
  };
}

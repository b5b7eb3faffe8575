import { defaultMaxRecordLength, type InputItem } from './input-items';

/** Options for {@link createNdjsonSplitter}. */
export interface NdjsonSplitterOptions {
  /** Lines longer than this (UTF-16 code units) are reported as malformed and skipped. */
  maxRecordLength?: number;
  /** The number of the first line (default 1), when the text is a later part of a file. */
  firstLine?: number;
}

/** A push parser: feed text chunks, get back complete lines; it never holds more than one line. */
export interface InputSplitter {
  push(chunk: string): InputItem[];
  end(): InputItem[];
}

/**
 * Splits NDJSON text into one item per non-empty line, keeping line numbers; a line that is too long
 * is reported and skipped without being held in memory.
 */
export function createNdjsonSplitter(options: NdjsonSplitterOptions = {}): InputSplitter {
  const maxLength = options.maxRecordLength ?? defaultMaxRecordLength;
  let carry = '';
  let line = options.firstLine ?? 1;
  let isSkipping = false;

  const emit = (items: InputItem[], text: string) => {
    const trimmed = text.endsWith('\r') ? text.slice(0, -1) : text;
    if (trimmed.trim() !== '') items.push({ kind: 'json', line, text: trimmed });
  };

  return {
    push(chunk) {
      const items: InputItem[] = [];
      let start = 0;
      for (;;) {
        const newline = chunk.indexOf('\n', start);
        if (newline === -1) {
          if (!isSkipping) {
            carry += chunk.slice(start);
            if (carry.length > maxLength) {
              items.push({ kind: 'malformed', line, message: `line is longer than ${maxLength} characters` });
              carry = '';
              isSkipping = true;
            }
          }
          return items;
        }
        if (isSkipping) isSkipping = false;
        else {
          const text = carry + chunk.slice(start, newline);
          carry = '';
          if (text.length > maxLength) {
            items.push({ kind: 'malformed', line, message: `line is longer than ${maxLength} characters` });
          } else emit(items, text);
        }
        line += 1;
        start = newline + 1;
      }
    },
    end() {
      const items: InputItem[] = [];
      if (!isSkipping && carry !== '') emit(items, carry);
      carry = '';
      return items;
    },
  };
}

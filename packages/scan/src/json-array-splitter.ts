import { defaultMaxRecordLength, type InputItem, UnusableInputError } from './input-items';
import type { InputSplitter } from './ndjson-lines';

/** Options for {@link createJsonArraySplitter}. */
export interface JsonArraySplitterOptions {
  /** Elements longer than this (UTF-16 code units) are reported as malformed and skipped. */
  maxRecordLength?: number;
}

const State = { BeforeArray: 0, BeforeElement: 1, InElement: 2, AfterArray: 3 } as const;

const isWhitespace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/**
 * Splits a JSON array into its elements as text without parsing the whole input: it only tracks
 * strings and bracket depth, so memory stays at one element. An element that is not valid JSON is
 * reported by its caller after `JSON.parse`; a broken element ends at the next top-level comma, so
 * the elements after it are still read. Throws {@link UnusableInputError} if the input is no array.
 */
export function createJsonArraySplitter(options: JsonArraySplitterOptions = {}): InputSplitter {
  const maxLength = options.maxRecordLength ?? defaultMaxRecordLength;
  let state: number = State.BeforeArray;
  let line = 1;
  let elementLine = 1;
  let depth = 0;
  let isInString = false;
  let isEscaped = false;
  let carry = '';
  let isOversize = false;
  let hasReportedTrailingText = false;

  const finishElement = (items: InputItem[], text: string) => {
    if (isOversize || text.length > maxLength) {
      items.push({ kind: 'malformed', line: elementLine, message: `element is longer than ${maxLength} characters` });
    } else items.push({ kind: 'json', line: elementLine, text: text.trim() });
    carry = '';
    isOversize = false;
    depth = 0;
  };

  return {
    push(chunk) {
      const items: InputItem[] = [];
      let segmentStart = 0;
      for (let i = 0; i < chunk.length; i++) {
        const c = chunk.charCodeAt(i);
        if (c === 0x0a) line += 1;
        switch (state) {
          case State.BeforeArray:
            if (c === 0x5b /* [ */) state = State.BeforeElement;
            else if (!isWhitespace(c)) {
              throw new UnusableInputError(
                c === 0x7b
                  ? 'expected a JSON array, found an object: is this NDJSON (one record a line)? Use --format ndjson'
                  : 'expected a JSON array (the input should start with "[")',
                line,
              );
            }
            break;
          case State.BeforeElement:
            if (c === 0x5d /* ] */) state = State.AfterArray;
            else if (c === 0x2c /* , */) items.push({ kind: 'malformed', line, message: 'empty array element' });
            else if (!isWhitespace(c)) {
              state = State.InElement;
              elementLine = line;
              segmentStart = i;
              i -= 1; // read this character again as part of the element
            }
            break;
          case State.InElement:
            if (isInString) {
              if (isEscaped) isEscaped = false;
              else if (c === 0x5c /* \ */) isEscaped = true;
              else if (c === 0x22) isInString = false;
            } else if (c === 0x22) isInString = true;
            else if (c === 0x7b || c === 0x5b) depth += 1;
            else if (c === 0x7d || c === 0x5d) {
              if (depth > 0) depth -= 1;
              else if (c === 0x5d) {
                finishElement(items, isOversize ? '' : carry + chunk.slice(segmentStart, i));
                state = State.AfterArray;
              }
            } else if (c === 0x2c && depth === 0) {
              finishElement(items, isOversize ? '' : carry + chunk.slice(segmentStart, i));
              state = State.BeforeElement;
            }
            break;
          case State.AfterArray:
            if (!isWhitespace(c) && !hasReportedTrailingText) {
              hasReportedTrailingText = true;
              items.push({ kind: 'malformed', line, message: 'text after the end of the array is ignored' });
            }
            break;
        }
      }
      if (state === State.InElement && !isOversize) {
        carry += chunk.slice(segmentStart);
        if (carry.length > maxLength) {
          isOversize = true;
          carry = '';
        }
      }
      return items;
    },
    end() {
      const items: InputItem[] = [];
      if (state === State.BeforeArray) throw new UnusableInputError('the input is empty: expected a JSON array', line);
      if (state === State.InElement) {
        if (depth === 0 && !isInString) finishElement(items, carry);
        else {
          items.push({ kind: 'malformed', line: elementLine, message: 'the input ends inside this element' });
          carry = '';
        }
      }
      if (state !== State.AfterArray) {
        items.push({ kind: 'malformed', line, message: 'the array is never closed with "]"' });
      }
      state = State.AfterArray;
      return items;
    },
  };
}

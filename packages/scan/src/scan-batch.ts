import { detectPersonalData, nameContextModel, type PersonalDataKind } from '@loggamera/privacy-core';
import type { InputItem } from './input-items';
import { maskedExcerpt } from './masked-excerpt';
import { formatFinding, type ReportFormat, type ScanFinding, type TableLayout } from './report-format';

/** How records are scanned and reported; the same for every batch, so it is sent to a worker once. */
export interface ScanSettings {
  /** The fields to scan (dotted paths reach into nested JSON); all text fields when undefined. */
  fields: readonly string[] | undefined;
  /** The field holding the record id. */
  idField: string | undefined;
  /** The field holding each record's language (`sv`, `en`, `sv-SE`…). */
  langField: string | undefined;
  /** The language when a record names none. */
  locale: 'sv' | 'en';
  threshold: number | undefined;
  kinds: readonly PersonalDataKind[] | undefined;
  /** Texts never reported (`detectPersonalData`'s `allowList`): what the facilities call their units and rooms. */
  allowList?: readonly string[];
  /** Whether names are read with `nameContextModel` too (a flag: the settings go to worker threads as data). */
  contextModel?: boolean;
  output: ReportFormat;
  reveal: boolean;
  /** Characters of context on each side of a finding in the excerpt. */
  context: number;
  layout: TableLayout;
}

/** A run of input items from one file, numbered so results can be written in input order. */
export interface ScanBatch {
  seq: number;
  file: string;
  /** For CSV rows: the header, to name the columns. */
  header?: readonly string[];
  items: InputItem[];
}

/** A problem with one record, reported on standard error with its line. */
export interface RecordProblem {
  file: string;
  line: number;
  message: string;
  /** Malformed records are skipped; warnings are scanned anyway. */
  isMalformed: boolean;
}

/** What scanning a batch produced: the report text, in input order, and the counts for the summary. */
export interface BatchResult {
  seq: number;
  output: string;
  records: number;
  recordsWithFindings: number;
  findingsByKind: Record<string, number>;
  problems: RecordProblem[];
  /** Fields named by `--fields` that at least one record in the batch has. */
  seenFields: string[];
  hasSeenId: boolean;
}

const maxDepth = 32;

function collectTexts(value: unknown, path: string, out: Array<[string, string]>, depth: number): void {
  if (typeof value === 'string') {
    if (value !== '') out.push([path, value]);
  } else if (typeof value === 'number' || typeof value === 'bigint') out.push([path, String(value)]);
  else if (value !== null && typeof value === 'object' && depth < maxDepth) {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) collectTexts(value[i], `${path}[${i}]`, out, depth + 1);
    } else {
      for (const [key, item] of Object.entries(value)) {
        collectTexts(item, path === '' ? key : `${path}.${key}`, out, depth + 1);
      }
    }
  }
}

/** A field by its exact name, or else by a dotted path into nested objects. */
function lookUp(record: Record<string, unknown>, path: string): unknown {
  if (Object.hasOwn(record, path)) return record[path];
  let value: unknown = record;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** `JSON.parse` without quoting the input back: its messages can contain the personal data. */
function parseRecord(text: string): { record: Record<string, unknown> } | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec(String(error))?.[1];
    return { problem: `not valid JSON${position === undefined ? '' : ` (at character ${Number(position) + 1})`}` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      problem: `a record must be a JSON object, found ${value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`}`,
    };
  }
  return { record: value as Record<string, unknown> };
}

const toLocale = (value: unknown, fallback: 'sv' | 'en'): 'sv' | 'en' => {
  const base = typeof value === 'string' ? value.trim().toLowerCase().slice(0, 2) : '';
  return base === 'sv' || base === 'en' ? base : fallback;
};

/**
 * Scans one batch of records: parses them, picks the text fields, runs `detectPersonalData` and
 * formats each finding. A pure function of its input, so a worker thread and the main thread give
 * the same bytes for the same batch.
 *
 * @example
 * const { output } = scanBatch(
 *   { seq: 0, file: 'export.ndjson', items: [{ kind: 'json', line: 1, text: '{"id":7,"note":"mejla anna@example.se"}' }] },
 *   { fields: ['note'], idField: 'id', langField: undefined, locale: 'sv', threshold: undefined, kinds: undefined,
 *     output: 'ndjson', reveal: false, context: 24, layout: { width: 120, showFile: false } },
 * );
 * // output: '{"file":"export.ndjson","line":1,"id":"7","field":"note","kind":"email",…,"excerpt":"mejla [email]"}\n'
 */
export function scanBatch(batch: ScanBatch, settings: ScanSettings): BatchResult {
  const result: BatchResult = {
    seq: batch.seq,
    output: '',
    records: 0,
    recordsWithFindings: 0,
    findingsByKind: {},
    problems: [],
    seenFields: [],
    hasSeenId: false,
  };
  const seenFields = new Set<string>();
  const header = batch.header ?? [];
  const columnOf = new Map(header.map((name, i) => [name, i] as const));

  for (const item of batch.items) {
    if (item.kind === 'malformed') {
      result.problems.push({ file: batch.file, line: item.line, message: item.message, isMalformed: true });
      continue;
    }
    let record: Record<string, unknown>;
    if (item.kind === 'row') {
      record = {};
      for (let i = 0; i < header.length && i < item.values.length; i++) {
        const name = header[i]!;
        if (!Object.hasOwn(record, name)) record[name] = item.values[i];
      }
    } else {
      const parsed = parseRecord(item.text);
      if ('problem' in parsed) {
        result.problems.push({ file: batch.file, line: item.line, message: parsed.problem, isMalformed: true });
        continue;
      }
      record = parsed.record;
    }
    result.records += 1;

    let id = '';
    if (settings.idField !== undefined) {
      const value = item.kind === 'row' ? record[settings.idField] : lookUp(record, settings.idField);
      if (value === undefined || value === null || typeof value === 'object') {
        result.problems.push({
          file: batch.file,
          line: item.line,
          message: `the record has no "${settings.idField}" (--id); it is reported by its line`,
          isMalformed: false,
        });
      } else {
        id = String(value);
        result.hasSeenId = true;
      }
    }
    const locale =
      settings.langField === undefined
        ? settings.locale
        : toLocale(lookUp(record, settings.langField), settings.locale);

    const texts: Array<[string, string]> = [];
    if (settings.fields === undefined) {
      for (const [key, value] of Object.entries(record)) {
        if (key !== settings.idField && key !== settings.langField) collectTexts(value, key, texts, 1);
      }
    } else {
      for (const field of settings.fields) {
        const value = item.kind === 'row' ? (columnOf.has(field) ? record[field] : undefined) : lookUp(record, field);
        if (value === undefined) continue;
        seenFields.add(field);
        collectTexts(value, field, texts, 1);
      }
    }

    let hasFinding = false;
    for (const [field, text] of texts) {
      const found = detectPersonalData(text, {
        locale,
        threshold: settings.threshold,
        kinds: settings.kinds,
        allowList: settings.allowList,
        contextModel: settings.contextModel ? nameContextModel : undefined,
      });
      for (let i = 0; i < found.length; i++) {
        const span = found[i]!;
        hasFinding = true;
        result.findingsByKind[span.kind] = (result.findingsByKind[span.kind] ?? 0) + 1;
        const finding: ScanFinding = {
          file: batch.file,
          line: item.line,
          id,
          field,
          kind: span.kind,
          start: span.start,
          end: span.end,
          confidence: Math.round(span.confidence * 100) / 100,
          excerpt: maskedExcerpt(text, found, i, { context: settings.context, reveal: settings.reveal }),
        };
        if (settings.reveal) finding.text = span.text;
        result.output += formatFinding(finding, settings.output, settings.layout);
      }
    }
    if (hasFinding) result.recordsWithFindings += 1;
  }
  result.seenFields = [...seenFields];
  return result;
}

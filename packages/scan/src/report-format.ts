import { toSingleLine } from './masked-excerpt';

/** The output formats: a table for people, NDJSON and CSV for programs. */
export type ReportFormat = 'table' | 'ndjson' | 'csv';

/** One finding as it is reported. `text` is present only when the personal data is revealed. */
export interface ScanFinding {
  /** The input file (`-` for standard input). */
  file: string;
  /** The line the record starts on. */
  line: number;
  /** The record's id (from `--id`), or an empty string. */
  id: string;
  /** The field the finding is in (a dotted path for nested JSON fields). */
  field: string;
  kind: string;
  /** Offsets in the field's text, in UTF-16 code units (JavaScript string indices), end exclusive. */
  start: number;
  end: number;
  confidence: number;
  /** The surrounding text with every finding masked as `[kind]` (unless revealed). */
  excerpt: string;
  text?: string;
}

/** The column order of the CSV and NDJSON reports. */
export const reportColumns = [
  'file',
  'line',
  'id',
  'field',
  'kind',
  'start',
  'end',
  'confidence',
  'excerpt',
] as const satisfies readonly (keyof ScanFinding)[];

/** Quotes a CSV field when it needs it (RFC 4180). */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV header line of a report. */
export function csvReportHeader(reveal: boolean): string {
  return `${[...reportColumns, ...(reveal ? ['text'] : [])].join(',')}\r\n`;
}

/** Column widths of the terminal table; the excerpt takes what is left. */
export interface TableLayout {
  width: number;
  showFile: boolean;
}

const widths = { file: 16, line: 7, id: 14, field: 14, kind: 18, at: 11 };
const shortKind: Record<string, string> = { 'personal-identity-number': 'personal-id-number' };

const fitCell = (text: string, width: number): string => {
  const chars = Array.from(toSingleLine(text));
  return chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : chars.join('').padEnd(width);
};

function tableCells(layout: TableLayout, cells: Record<keyof typeof widths | 'excerpt', string>): string {
  const fixed =
    (layout.showFile ? widths.file + 2 : 0) + widths.line + widths.id + widths.field + widths.kind + widths.at + 10;
  const excerptWidth = Math.max(20, layout.width - fixed);
  const parts = [
    ...(layout.showFile ? [fitCell(cells.file, widths.file)] : []),
    cells.line.padStart(widths.line - 1).padEnd(widths.line),
    fitCell(cells.id, widths.id),
    fitCell(cells.field, widths.field),
    fitCell(cells.kind, widths.kind),
    fitCell(cells.at, widths.at),
    fitCell(cells.excerpt, excerptWidth).trimEnd(),
  ];
  return `${parts.join('  ')}\n`;
}

/** The header of the terminal table. */
export function tableHeader(layout: TableLayout): string {
  return tableCells(layout, {
    file: 'FILE',
    line: 'LINE',
    id: 'ID',
    field: 'FIELD',
    kind: 'KIND',
    at: 'AT',
    excerpt: 'EXCERPT',
  });
}

/** One finding in the chosen format, ending with a line break. */
export function formatFinding(finding: ScanFinding, format: ReportFormat, layout: TableLayout): string {
  if (format === 'ndjson') return `${JSON.stringify(finding)}\n`;
  if (format === 'csv') {
    const values = [
      ...reportColumns.map((column) => finding[column] ?? ''),
      ...(finding.text === undefined ? [] : [finding.text]),
    ];
    return `${values.map((value) => csvField(value)).join(',')}\r\n`;
  }
  return tableCells(layout, {
    file: finding.file,
    line: String(finding.line),
    id: finding.id,
    field: finding.field,
    kind: shortKind[finding.kind] ?? finding.kind,
    at: `${finding.start}–${finding.end}`,
    excerpt: finding.text === undefined ? finding.excerpt : `${finding.excerpt}  (${finding.text})`,
  });
}

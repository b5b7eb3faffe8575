// The public surface of @loggamera/privacy-scan, listed by name. The `privacy-scan` command is the
// main way in; these are its building blocks, for scanning exports from your own Node scripts.

// scan
export type { CsvSplitter, CsvSplitterOptions } from './csv-records';
export { createCsvSplitter } from './csv-records';
export type { InputItem } from './input-items';
export { UnusableInputError } from './input-items';
export type { JsonArraySplitterOptions } from './json-array-splitter';
export { createJsonArraySplitter } from './json-array-splitter';
export type { FoundSpan, MaskedExcerptOptions } from './masked-excerpt';
export { maskedExcerpt } from './masked-excerpt';
export type { InputSplitter, NdjsonSplitterOptions } from './ndjson-lines';
export { createNdjsonSplitter } from './ndjson-lines';
export type { ReportFormat, ScanFinding } from './report-format';
export type { BatchResult, RecordProblem, ScanBatch, ScanSettings } from './scan-batch';
export { scanBatch } from './scan-batch';

import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import type { PersonalDataKind } from '@loggamera/privacy-core';
import { defaultMaxRecordLength } from './input-items';
import type { ReportFormat } from './report-format';
import type { InputFormat, ScanRunOptions } from './run-scan';

/** A command line that cannot be run as given: exit code 2 with the message and a pointer to --help. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The kinds of personal data the detector knows, for `--kinds`. */
export const personalDataKinds: readonly PersonalDataKind[] = [
  'name',
  'phone',
  'email',
  'personal-identity-number',
  'address',
];

/** The text of `privacy-scan --help`. */
export const helpText = `privacy-scan — find personal data saved in free-text fields of exported records

Usage: privacy-scan [options] [file ...]        (no file, or "-", reads standard input)

Input
  -f, --format <ndjson|json|csv>  input format (default: from the extension — .ndjson/.jsonl, .csv —
                                  or else the first character: "[" JSON array, "{" NDJSON, else CSV)
      --fields <a,b,...>          the text fields to scan; dotted paths reach into nested JSON
                                  (default: every text field except the id and language fields)
      --id <field>                the field holding the record id, shown with each finding
      --lang <sv|en>              the language of the texts (default: sv)
      --lang-field <field>        the field holding each record's language (sv, en, sv-SE…);
                                  records without one use --lang
      --delimiter <char>          the CSV field separator (default: ","; Swedish Excel uses ";")
      --max-record-length <n>     longer records are reported and skipped (default: ${defaultMaxRecordLength})

Detection
      --kinds <a,b,...>           only these kinds: ${personalDataKinds.join(', ')}
      --threshold <0..1>          the lowest confidence reported (default: the detector's)
      --allow <a,b,...>           never report these texts, whole and ignoring case: what the
                                  facilities call their units and rooms (--allow Rosen,Linnéa)
      --context-model             read names with the learned context model too: finds more names
                                  and fewer things named like people, at about 1.5× the time

Output
  -o, --output <table|ndjson|csv> the report format (default: table on a terminal, else ndjson)
      --reveal                    print the personal data itself (by default it is masked as [kind])
      --context <n>               characters of text around each finding (default: 24)
      --no-progress               no progress line (it is only ever drawn when stderr is a terminal)
  -j, --jobs <n>                  threads scanning records (default: one per core, ${availableParallelism()} here,
                                  once the input is over 8 MB; --jobs 1 keeps to one thread)
  -h, --help                      this help
  -v, --version                   the version

The report names the file, line, record id, field, kind, offsets (UTF-16 code units in the field's
text, end exclusive) and an excerpt with the personal data masked. A summary by kind ends the report
(on standard error for ndjson and csv, so the output stays machine-readable).

Exit codes: 0 nothing found · 1 personal data found · 2 unusable input or options (70: an internal error)
A malformed record is reported on standard error with its line and skipped; the scan goes on.

Examples
  privacy-scan --fields comment,note --id id export.ndjson
  privacy-scan --format csv --delimiter ";" --fields Kommentar --id Ärendenr tickets.csv
  privacy-scan --fields message --lang-field lang -o csv export.json > findings.csv
  gunzip -c export.ndjson.gz | privacy-scan --fields text --id id -o ndjson
  privacy-scan --fields comment --kinds email,phone --reveal export.ndjson   # support only
`;

/** What the command line asks for. */
export type CliCommand = { kind: 'help' } | { kind: 'version' } | { kind: 'scan'; options: ScanRunOptions };

const oneOf = <T extends string>(flag: string, value: string, allowed: readonly T[]): T => {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, not "${value}"`);
};

const list = (value: string) =>
  value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');

const wholeNumber = (flag: string, value: string, min: number): number => {
  const number = Number(value);
  if (!Number.isInteger(number) || number < min)
    throw new UsageError(`${flag} must be a whole number ≥ ${min}, not "${value}"`);
  return number;
};

/** Reads the command line; throws {@link UsageError} for anything it cannot run. */
export function parseCommandLine(
  args: readonly string[],
  environment: { isStdoutTerminal: boolean; columns: number | undefined; workerUrl: URL | undefined },
): CliCommand {
  let parsed: ReturnType<typeof parse>;
  function parse() {
    return parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        fields: { type: 'string' },
        id: { type: 'string' },
        lang: { type: 'string' },
        'lang-field': { type: 'string' },
        delimiter: { type: 'string' },
        'max-record-length': { type: 'string' },
        kinds: { type: 'string' },
        threshold: { type: 'string' },
        allow: { type: 'string' },
        'context-model': { type: 'boolean' },
        output: { type: 'string', short: 'o' },
        reveal: { type: 'boolean' },
        context: { type: 'string' },
        'no-progress': { type: 'boolean' },
        jobs: { type: 'string', short: 'j' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  }
  try {
    parsed = parse();
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0] ?? 'invalid options');
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  const fields = values.fields === undefined ? undefined : list(values.fields);
  if (fields !== undefined && fields.length === 0) throw new UsageError('--fields needs at least one field name');
  const kinds =
    values.kinds === undefined
      ? undefined
      : list(values.kinds).map((kind) => oneOf('--kinds', kind, personalDataKinds));
  let threshold: number | undefined;
  if (values.threshold !== undefined) {
    threshold = Number(values.threshold);
    if (!(threshold >= 0 && threshold <= 1))
      throw new UsageError(`--threshold must be between 0 and 1, not "${values.threshold}"`);
  }
  const delimiter = values.delimiter === '\\t' || values.delimiter === 'tab' ? '\t' : (values.delimiter ?? ',');
  if (delimiter.length !== 1 || delimiter === '"')
    throw new UsageError('--delimiter must be one character other than "');
  const output: ReportFormat =
    values.output === undefined
      ? environment.isStdoutTerminal
        ? 'table'
        : 'ndjson'
      : oneOf('--output', values.output, ['table', 'ndjson', 'csv'] as const);
  const inputs = positionals.length === 0 ? ['-'] : positionals;
  if (inputs.filter((input) => input === '-').length > 1)
    throw new UsageError('standard input ("-") can be read only once');

  return {
    kind: 'scan',
    options: {
      inputs,
      format:
        values.format === undefined
          ? undefined
          : oneOf<InputFormat>('--format', values.format, ['ndjson', 'json', 'csv']),
      delimiter,
      maxRecordLength:
        values['max-record-length'] === undefined
          ? defaultMaxRecordLength
          : wholeNumber('--max-record-length', values['max-record-length'], 1),
      jobs: values.jobs === undefined ? availableParallelism() : wholeNumber('--jobs', values.jobs, 1),
      // Chosen threads start at once; by default they start when the input proves large.
      workersAfterBytes: values.jobs === undefined ? 8 * 1024 * 1024 : 0,
      workerUrl: environment.workerUrl,
      showProgress: !values['no-progress'],
      settings: {
        fields,
        idField: values.id,
        langField: values['lang-field'],
        locale: values.lang === undefined ? 'sv' : oneOf('--lang', values.lang, ['sv', 'en'] as const),
        threshold,
        kinds,
        allowList: values.allow === undefined ? undefined : list(values.allow),
        contextModel: values['context-model'] === true,
        output,
        reveal: values.reveal === true,
        context: values.context === undefined ? 24 : wholeNumber('--context', values.context, 0),
        layout: { width: environment.columns ?? 120, showFile: inputs.length > 1 },
      },
    },
  };
}

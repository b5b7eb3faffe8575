// Runs the real privacy-scan command in a child process on real files in a temporary folder. The
// command is built from this source with esbuild first (with the core bundled from its source, so
// the test does not depend on packages/core/dist being fresh).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCsvSplitter } from './csv-records';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));
let dir = '';
let cli = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'privacy-scan-test-'));
  await build({
    entryPoints: { cli: source('./cli.ts'), 'scan-worker': source('./scan-worker.ts') },
    outdir: dir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    alias: { '@loggamera/privacy-core': source('../../core/src/index.ts') },
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    define: { __SCAN_VERSION__: '"0.0.0-test"' },
    logLevel: 'silent',
  });
  cli = join(dir, 'cli.js');
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const run = (args: string[], input?: string) => {
  const result = spawnSync(process.execPath, [cli, '--no-progress', ...args], {
    cwd: dir,
    input: input ?? '',
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

const findings = (stdout: string) =>
  stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

const email = 'anna.svensson@example.se';
const phone = '070-123 45 67';

describe('privacy-scan on NDJSON', () => {
  it('reports each finding with record id, field, kind and offsets, masks it, and exits 1', () => {
    const path = file(
      'tickets.ndjson',
      [
        JSON.stringify({ id: 'T-1', comment: 'Pumpen i källaren läcker igen.', lang: 'sv' }),
        JSON.stringify({ id: 'T-2', comment: `Mejla ${email} om tiden.`, note: 'ok' }),
        JSON.stringify({ id: 'T-3', comment: 'Inget här.', note: `ring ${phone}` }),
      ].join('\n'),
    );
    const { code, stdout, stderr } = run(['--fields', 'comment,note', '--id', 'id', 'tickets.ndjson']);
    expect(code).toBe(1);
    const rows = findings(stdout);
    const mail = rows.find((row) => row.kind === 'email');
    expect(mail).toMatchObject({
      file: path.slice(dir.length + 1),
      line: 2,
      id: 'T-2',
      field: 'comment',
      start: 6,
      end: 6 + email.length,
    });
    expect(mail?.excerpt).toBe('Mejla [email] om tiden.');
    expect(rows.find((row) => row.kind === 'phone')).toMatchObject({ line: 3, id: 'T-3', field: 'note', start: 5 });
    expect(stdout).not.toContain(email);
    expect(stdout).not.toContain(phone);
    expect(stderr).toMatch(/3 records scanned/);
    expect(stderr).toMatch(/email\s+1/);
    expect(stderr).toMatch(/phone\s+1/);
  });

  it('never reports what --allow names: the units a facility has named like people', () => {
    file(
      'units.ndjson',
      [
        JSON.stringify({ id: 1, comment: 'Larm från Linnéa: läkemedelskylen över 8 grader.' }),
        JSON.stringify({ id: 2, comment: `Linnéa: ring sjuksköterskan på ${phone}.` }),
      ].join('\n'),
    );
    const without = findings(run(['--fields', 'comment', '--id', 'id', 'units.ndjson']).stdout);
    expect(without.filter((row) => row.kind === 'name').map((row) => row.id)).toEqual(['1', '2']);
    const { code, stdout } = run(['--fields', 'comment', '--id', 'id', '--allow', 'Rosen, linnéa', 'units.ndjson']);
    expect(code).toBe(1);
    expect(findings(stdout).map((row) => [row.id, row.kind])).toEqual([['2', 'phone']]);
  });

  it('reads names with the context model when asked: --context-model', () => {
    file(
      'reports.ndjson',
      [
        JSON.stringify({ id: 1, comment: 'Reported by Amara Nwosu via the portal: the lift on floor 3 is stuck.' }),
        JSON.stringify({ id: 2, comment: 'Fläkt F3 (kallas Greta av oss) låter illa, lagerbyte?' }),
      ].join('\n'),
    );
    const without = findings(run(['--fields', 'comment', '--id', 'id', 'reports.ndjson']).stdout);
    expect(without.map((row) => [row.id, row.kind])).toEqual([['2', 'name']]);
    const { code, stdout } = run(['--fields', 'comment', '--id', 'id', '--context-model', 'reports.ndjson']);
    expect(code).toBe(1);
    expect(findings(stdout).map((row) => [row.id, row.kind])).toEqual([['1', 'name']]);
  });

  it('exits 0 and writes no findings when there is no personal data', () => {
    file('clean.ndjson', `${JSON.stringify({ id: 1, comment: 'Temperaturen är 21 grader.' })}\n`);
    const { code, stdout, stderr } = run(['--fields', 'comment', '--id', 'id', 'clean.ndjson']);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/No personal data found/);
  });

  it('prints the personal data only with --reveal', () => {
    file('reveal.ndjson', `${JSON.stringify({ id: 9, comment: `Mejla ${email} om tiden.` })}\n`);
    const { code, stdout } = run(['--fields', 'comment', '--id', 'id', '--reveal', 'reveal.ndjson']);
    expect(code).toBe(1);
    expect(findings(stdout)[0]).toMatchObject({ kind: 'email', text: email, excerpt: `Mejla ${email} om tiden.` });
  });

  it('reports a malformed line with its number on stderr and goes on with the next lines', () => {
    file(
      'broken.ndjson',
      [
        JSON.stringify({ id: 1, comment: 'hej' }),
        `{"id": 2, "comment": "${email}"`,
        '[1, 2]',
        JSON.stringify({ id: 4, comment: `ring ${phone}` }),
      ].join('\n'),
    );
    const { code, stdout, stderr } = run(['--fields', 'comment', '--id', 'id', 'broken.ndjson']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/broken\.ndjson:2: skipped malformed record: not valid JSON/);
    expect(stderr).toMatch(
      /broken\.ndjson:3: skipped malformed record: a record must be a JSON object, found an array/,
    );
    expect(stderr).not.toContain(email);
    expect(findings(stdout)).toEqual([expect.objectContaining({ line: 4, id: '4', kind: 'phone' })]);
    expect(stderr).toMatch(/2 malformed records skipped/);
  });

  it('scans every text field, nested ones included, when --fields is left out', () => {
    file('nested.ndjson', `${JSON.stringify({ id: 5, meta: { contact: { mail: email } }, tags: ['x', phone] })}\n`);
    const rows = findings(run(['--id', 'id', 'nested.ndjson']).stdout);
    expect(rows.map((row) => row.field).sort()).toEqual(['meta.contact.mail', 'tags[1]']);
  });
});

describe('privacy-scan on standard input', () => {
  it('reads NDJSON piped in, recognising the format from the first character', () => {
    const input = `${JSON.stringify({ id: 'a', text: `skriv till ${email}` })}\n`;
    const { code, stdout } = run(['--fields', 'text', '--id', 'id'], input);
    expect(code).toBe(1);
    expect(findings(stdout)[0]).toMatchObject({ file: '-', id: 'a', kind: 'email' });
  });

  it('reads CSV piped in with --format csv and "-" as the file', () => {
    const { code, stdout } = run(
      ['--format', 'csv', '--fields', 'text', '--id', 'id', '-'],
      `id,text\nb,ring ${phone}\n`,
    );
    expect(code).toBe(1);
    expect(findings(stdout)[0]).toMatchObject({ file: '-', line: 2, id: 'b', kind: 'phone' });
  });
});

describe('privacy-scan on CSV', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, naming the line each record starts on', () => {
    file(
      'tickets.csv',
      `id,comment,status\r\n1,"Hej, pumpen ""P2"" låter",open\r\n2,"Första raden\r\nandra raden: ${email}",closed\r\n3,"ring ${phone}, tack",open\r\n`,
    );
    const { code, stdout } = run(['--fields', 'comment', '--id', 'id', 'tickets.csv']);
    expect(code).toBe(1);
    const rows = findings(stdout);
    expect(rows.map((row) => [row.line, row.id, row.kind])).toEqual([
      [3, '2', 'email'],
      [5, '3', 'phone'],
    ]);
    expect(rows[0]?.start).toBe('Första raden\r\nandra raden: '.length);
  });

  it('reads a semicolon-separated export with --delimiter', () => {
    file('semikolon.csv', `Ärendenr;Kommentar\n10;Kontakta ${email}\n`);
    const rows = findings(
      run(['--delimiter', ';', '--fields', 'Kommentar', '--id', 'Ärendenr', 'semikolon.csv']).stdout,
    );
    expect(rows[0]).toMatchObject({ id: '10', field: 'Kommentar', kind: 'email' });
  });

  it('reports a row with the wrong number of fields and scans the rest', () => {
    file('ragged.csv', `id,comment\n1,a,b\n2,${email}\n`);
    const { code, stdout, stderr } = run(['--fields', 'comment', '--id', 'id', 'ragged.csv']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/ragged\.csv:2: skipped malformed record: expected 2 fields \(as in the header\), found 3/);
    expect(findings(stdout)[0]).toMatchObject({ line: 3, id: '2' });
  });

  it('writes a CSV report that a CSV reader reads back, with the summary on stderr', () => {
    file('report.csv', `id,comment\n1,"Mejla ${email}, eller ""ring"" ${phone}"\n`);
    const { code, stdout, stderr } = run(['--fields', 'comment', '--id', 'id', '-o', 'csv', 'report.csv']);
    expect(code).toBe(1);
    const splitter = createCsvSplitter();
    const rows = [...splitter.push(stdout), ...splitter.end()];
    expect(splitter.header).toEqual(['file', 'line', 'id', 'field', 'kind', 'start', 'end', 'confidence', 'excerpt']);
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.kind === 'row')).toBe(true);
    expect(stdout).not.toContain(email);
    expect(stderr).toMatch(/2 findings of personal data in 1 record/);
  });
});

describe('privacy-scan on a JSON array', () => {
  it('reads the elements incrementally and names the line each starts on', () => {
    file(
      'export.json',
      `[\n  {"id": 1, "comment": "inget"},\n  {"id": 2, "comment": "Mejla ${email}"},\n  {"id": 3, "comment": "ring ${phone}"}\n]\n`,
    );
    const { code, stdout } = run(['--fields', 'comment', '--id', 'id', 'export.json']);
    expect(code).toBe(1);
    expect(findings(stdout).map((row) => [row.line, row.id, row.kind])).toEqual([
      [3, '2', 'email'],
      [4, '3', 'phone'],
    ]);
  });

  it('reports a broken element and reads the elements after it', () => {
    file('broken.json', `[{"id": 1, "comment": oops},\n{"id": 2, "comment": "${email}"}]`);
    const { code, stdout, stderr } = run(['--fields', 'comment', '--id', 'id', '--format', 'json', 'broken.json']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/broken\.json:1: skipped malformed record: not valid JSON/);
    expect(findings(stdout)[0]).toMatchObject({ line: 2, id: '2' });
  });
});

describe('privacy-scan exit code 2: unusable input, with a clear message', () => {
  it('names a file that cannot be read', () => {
    const { code, stderr, stdout } = run(['--fields', 'comment', 'missing.ndjson']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot read missing\.ndjson: no such file/);
    expect(stdout).toBe('');
  });

  it('names the CSV header line when the id column is missing', () => {
    file('noid.csv', `ticket,comment\n1,${email}\n`);
    const { code, stderr } = run(['--fields', 'comment', '--id', 'id', 'noid.csv']);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /noid\.csv:1: the CSV header has no column "id" named by --id \(its columns: ticket, comment\)/,
    );
  });

  it('refuses a field named by --fields that no record has', () => {
    file('nofield.ndjson', `${JSON.stringify({ id: 1, comment: 'x' })}\n${JSON.stringify({ id: 2, comment: 'y' })}\n`);
    const { code, stderr } = run(['--fields', 'comment,notes', '--id', 'id', 'nofield.ndjson']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/no record has the field "notes" named by --fields \(2 records read\)/);
  });

  it('refuses a JSON file that is not an array, naming the line', () => {
    file('object.json', '\n{"records": []}\n');
    const { code, stderr } = run(['--format', 'json', 'object.json']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/object\.json:2: expected a JSON array, found an object/);
  });

  it('refuses input in which no record could be read at all', () => {
    file('notjson.ndjson', 'id,comment\n1,hej\n');
    const { code, stderr } = run(['--format', 'ndjson', 'notjson.ndjson']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/no record could be read: all 2 were malformed, the first on line notjson\.ndjson:1/);
  });

  it('refuses unknown options and values, pointing at --help', () => {
    expect(run(['--colour']).code).toBe(2);
    const { code, stderr } = run(['--output', 'xml']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--output must be one of table, ndjson, csv, not "xml"/);
    expect(stderr).toMatch(/--help/);
  });
});

describe('privacy-scan output for people', () => {
  it('prints a table with a header and the summary at its end, never the personal data', () => {
    file('table.ndjson', `${JSON.stringify({ id: 'T-7', comment: `Mejla ${email} snarast` })}\n`);
    const { code, stdout, stderr } = run(['--fields', 'comment', '--id', 'id', '-o', 'table', 'table.ndjson']);
    expect(code).toBe(1);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^\s*LINE\s+ID\s+FIELD\s+KIND\s+AT\s+EXCERPT$/);
    expect(lines[1]).toMatch(/^\s+1\s+T-7\s+comment\s+email\s+6–30\s+Mejla \[email\] snarast$/);
    expect(stdout).toMatch(/email\s+1/);
    expect(stdout).not.toContain(email);
    expect(stderr).toBe('');
  });

  it('draws no progress line into piped output', () => {
    const result = spawnSync(process.execPath, [cli, '--fields', 'comment', 'table.ndjson'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(result.stderr).not.toContain('\r');
    expect(result.stderr).not.toContain('\u001b[');
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('explains itself with --help, with examples', () => {
    const { code, stdout } = run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Usage: privacy-scan/);
    expect(stdout).toMatch(/Examples\n\s+privacy-scan --fields/);
    expect(stdout).toMatch(/Exit codes: 0 nothing found · 1 personal data found · 2 unusable input/);
  });
});

describe('privacy-scan on worker threads', () => {
  it('writes exactly the same report with --jobs 3 as on one thread', () => {
    const lines: string[] = [];
    for (let i = 0; i < 6000; i++) {
      const comment =
        i % 7 === 0
          ? `Kontakta kund${i}@example.se angående mätare ${i}`
          : i % 11 === 0
            ? `Ring 070-${String(100 + (i % 800)).padStart(3, '0')} ${String(10 + (i % 89))} ${String(10 + (i % 83))} om läckan`
            : `Mätare ${i} rapporterade ${i % 40} grader och normalt tryck i systemet, inget att åtgärda.`;
      lines.push(JSON.stringify({ id: `R-${i}`, comment, pad: 'x'.repeat(i % 50) }));
      if (i === 4000) lines.push('{"id": "broken"');
    }
    file('large.ndjson', lines.join('\n'));
    const single = run(['--fields', 'comment', '--id', 'id', '--jobs', '1', 'large.ndjson']);
    const parallel = run(['--fields', 'comment', '--id', 'id', '--jobs', '3', 'large.ndjson']);
    expect(single.code).toBe(1);
    expect(parallel.code).toBe(1);
    expect(parallel.stdout).toBe(single.stdout);
    expect(findings(single.stdout).length).toBeGreaterThan(1000);
    expect(single.stderr).toMatch(/on 1 thread\b/);
    expect(parallel.stderr).toMatch(/on 3 worker threads/);
    const withoutTimes = (text: string) => text.replace(/\(.*\)\./, '').replace(/on .* threads?/, '');
    expect(withoutTimes(parallel.stderr)).toBe(withoutTimes(single.stderr));
  }, 60_000);
});

describe('privacy-scan into a pipe that closes early', () => {
  it('stops quietly and still exits 1 for what it found', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) =>
      JSON.stringify({ id: i, comment: `ring 070-123 45 ${10 + (i % 80)}` }),
    );
    file('many.ndjson', lines.join('\n'));
    const command = `set -o pipefail; "${process.execPath}" "${cli}" --jobs 1 --fields comment many.ndjson | head -n 1`;
    const result = spawnSync('bash', ['-c', command], { cwd: dir, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(result.stderr).not.toMatch(/cannot read|EPIPE|internal error/);
  }, 60_000);
});

describe('privacy-scan reading NDJSON in chunks', () => {
  it('gives the same report from standard input in 64 kB pipe chunks, cut inside characters, on 1 or 2 threads', () => {
    const lines = Array.from({ length: 4000 }, (_, i) =>
      JSON.stringify({
        id: i,
        comment:
          i % 9 === 0 ? `Åsa på gården mejlar åsa${i}@exempel.se` : `Värmeväxlaren i källarförrådet är åtgärdad ${i}`,
      }),
    );
    const input = `\uFEFF${lines.join('\r\n')}`;
    const single = run(['--fields', 'comment', '--id', 'id', '--jobs', '1'], input);
    const parallel = run(['--fields', 'comment', '--id', 'id', '--jobs', '2'], input);
    expect(single.code).toBe(1);
    expect(parallel.stdout).toBe(single.stdout);
    const rows = findings(single.stdout);
    expect(rows.filter((row) => row.kind === 'email')).toHaveLength(445);
    expect(rows.find((row) => row.id === '3996' && row.kind === 'email')).toMatchObject({
      line: 3997,
      field: 'comment',
    });
    expect(single.stderr).toMatch(/4000 records scanned/);
  }, 60_000);

  it('reports a line longer than --max-record-length and scans the lines after it', () => {
    const long = JSON.stringify({ id: 'long', comment: `${'x'.repeat(3000)} ${email}` });
    file(
      'long.ndjson',
      [JSON.stringify({ id: 1, comment: 'hej' }), long, JSON.stringify({ id: 3, comment: email })].join('\n'),
    );
    const { code, stdout, stderr } = run([
      '--fields',
      'comment',
      '--id',
      'id',
      '--max-record-length',
      '1000',
      'long.ndjson',
    ]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/long\.ndjson:2: skipped malformed record: line is longer than 1000 characters/);
    expect(findings(stdout)).toEqual([expect.objectContaining({ line: 3, id: '3', kind: 'email' })]);
  });
});

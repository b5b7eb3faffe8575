import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { formatBytes, formatDuration, ProgressBar, progressLine } from './progress-bar';

describe('progressLine', () => {
  it('shows the share read, the rate, the time left and the findings so far', () => {
    expect(progressLine(250e6, 1e9, 10, 12)).toBe(
      '[██████░░░░░░░░░░░░░░░░░░]  25%  250.0 MB / 1.00 GB  25.0 MB/s  0:30 left  12 found',
    );
  });

  it('shows bytes and rate only when the total is unknown (standard input)', () => {
    expect(progressLine(5e6, undefined, 2, 0)).toBe('5.0 MB  2.5 MB/s  0 found');
  });
});

describe('formatBytes and formatDuration', () => {
  it('use units people read at a glance', () => {
    expect([formatBytes(999), formatBytes(81_200), formatBytes(45_200_000), formatBytes(1_070_000_000)]).toEqual([
      '999 B',
      '81 kB',
      '45.2 MB',
      '1.07 GB',
    ]);
    expect([formatDuration(7), formatDuration(75), formatDuration(3725)]).toEqual(['0:07', '1:15', '1:02:05']);
  });
});

describe('ProgressBar', () => {
  it('redraws one line in place, cut to the terminal width, and clears it before other output', () => {
    let written = '';
    const stream = Object.assign(
      new Writable({
        write(chunk, _encoding, done) {
          written += String(chunk);
          done();
        },
      }),
      { columns: 40 },
    );
    const bar = new ProgressBar(stream, 1e6);
    bar.update(5e5, 3);
    expect(written.startsWith('\r[')).toBe(true);
    expect(written.endsWith('\u001b[K')).toBe(true);
    expect(written.length).toBe(1 + 39 + 3);
    written = '';
    bar.clear();
    expect(written).toBe('\r\u001b[K');
    written = '';
    bar.clear();
    expect(written).toBe('');
  });
});

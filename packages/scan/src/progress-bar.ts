import type { Writable } from 'node:stream';

/** Formats a byte count for people: `812 kB`, `45.2 MB`, `1.07 GB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1e6) return `${(bytes / 1e3).toFixed(0)} kB`;
  if (bytes < 1e9) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${(bytes / 1e9).toFixed(2)} GB`;
}

/** Formats seconds as `m:ss` (or `h:mm:ss`). */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** The one progress line, redrawn in place on a terminal: bar, bytes, rate, time left, findings. */
export function progressLine(bytes: number, total: number | undefined, seconds: number, findings: number): string {
  const rate = seconds > 0 ? bytes / seconds : 0;
  const found = `${findings} found`;
  if (total === undefined || total === 0) return `${formatBytes(bytes)}  ${formatBytes(rate)}/s  ${found}`;
  const share = Math.min(1, bytes / total);
  const filled = Math.round(share * 24);
  const left = rate > 0 ? formatDuration((total - bytes) / rate) : '–:––';
  return `[${'█'.repeat(filled)}${'░'.repeat(24 - filled)}] ${String(Math.floor(share * 100)).padStart(3)}%  ${formatBytes(bytes)} / ${formatBytes(total)}  ${formatBytes(rate)}/s  ${left} left  ${found}`;
}

/** A progress line on a terminal's standard error, drawn at most ten times a second. */
export class ProgressBar {
  readonly #stream: Writable;
  readonly #total: number | undefined;
  readonly #startedAt = performance.now();
  #drawnAt = 0;
  #isShown = false;

  constructor(stream: Writable, total: number | undefined) {
    this.#stream = stream;
    this.#total = total;
  }

  /** Redraws the line if the last drawing is older than 100 ms. */
  update(bytes: number, findings: number): void {
    const now = performance.now();
    if (now - this.#drawnAt < 100) return;
    this.#drawnAt = now;
    const line = progressLine(bytes, this.#total, (now - this.#startedAt) / 1000, findings);
    // A line wider than the terminal would wrap, and `\r` could no longer redraw it in place.
    const columns = (this.#stream as { columns?: number }).columns ?? 80;
    this.#stream.write(`\r${line.slice(0, Math.max(10, columns - 1))}\u001b[K`);
    this.#isShown = true;
  }

  /** Removes the line, so other text can be written to the terminal. */
  clear(): void {
    if (!this.#isShown) return;
    this.#stream.write('\r\u001b[K');
    this.#isShown = false;
    this.#drawnAt = 0;
  }
}

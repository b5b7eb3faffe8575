// Keystroke-to-next-paint in PersonalDataTextField holding a 5,000-character text, in real Chromium
// with the CPU throttled 4× (CDP Emulation.setCPUThrottlingRate), against a plain <textarea> typed
// into in the same run. Target: p95 ≤ 16 ms (one frame at 60 Hz).
//
// Each keystroke is timed from the keydown event's timestamp to the first task after the next
// animation frame (rAF + MessageChannel, the usual "next paint" probe), for every key. The Event
// Timing API (PerformanceObserver 'event', durationThreshold 16) is read too: it lists every
// interaction whose input-to-paint took 16 ms or more.
//
// A third figure, added after the first two were found hard to read: Chromium's own keystroke latency
// (the EventLatency trace event for each KEY_PRESSED, from a CDP trace of the 'input' category only).
// The trace is light but not free under throttling (2–3 ms more on the probe's p95), so it is read in
// a second pass of the same keys, never while the probe measures. It runs from the key event's
// creation to the presentation of the frame that shows it, unrounded. Why it is worth having next to
// the probe: the probe ends in a main-thread task after the frame's commit, so it is not the paint
// itself, and in this bench every keyup (Playwright sends it at once) and the selectionchange task run
// before it; on a loaded machine the MessagePort delivery adds more. Its tail is therefore a few ms
// longer than the paint's. Event Timing, for its part, rounds to 8 ms and lists nothing under 16 ms,
// so it cannot tell 12 ms from 19 ms. The probe stays the target metric (p95 ≤ 16 ms); the new figure
// is shown beside it, never instead of it.
//
// Reading absolute figures: Chromium's CPU throttling (Emulation.setCPUThrottlingRate) busy-waits in a
// signal handler on the renderer's main thread, about 80% of a core even while the page is idle, so on
// a 2-core machine shared with other work the browser process, the compositor and the display
// compositor (none of them throttled, all on the keystroke's path) wait for CPU. Compare with the
// plain textarea peers of the same run.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { root } from '../scripts/size.mjs';

const keysPerRound = Number(process.env.BENCH_KEYS ?? 30);
const rounds = Number(process.env.BENCH_ROUNDS ?? 6);
const keyDelayMs = 70; // a quick typist: about 14 keys a second
const throttle = Number(process.env.BENCH_THROTTLE ?? 4);

// A realistic 5,000-character facility description with a few findings scattered through it.
const paragraph =
  'Undercentralen ligger i källaren under trapphus B, nyckel i nyckelskåp 3 och portkod 4512. ' +
  'Värmemätare nr 71 20 458 läses av den 25:e varje månad, tryck ska ligga mellan 1,2 och 1,5 bar. ' +
  'Vid vattenlarm stäng huvudkranen och kontakta jouren. Service utförs av Bergs Rör AB, ärende 2024-118. ';
const findings = ['Ring Kalle Andersson på 070-123 45 67. ', 'Mejla ove.berg@exempel.se vid fel. '];
let longText = '';
for (let i = 0; longText.length < 5000; i += 1) longText += i % 6 === 3 ? findings[i % 2] : paragraph;
longText = longText.slice(0, 5000);
// The same 5,000 characters in two shapes: written in paragraphs (a line break after every third
// sentence or so, as descriptions are), and as one paragraph with no line break at all (the worst case
// for the browser: every key re-lays out the lines after the caret, and the paragraph is all of them).
const shapes = {
  'in paragraphs': longText.replace(/(?<=\.) (?=[A-ZÅÄÖ])/g, (m, offset) => (offset % 3 === 0 ? '\n' : m)),
  'one paragraph': longText,
};

const pageEntry = `
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { PersonalDataTextField, PrivacyI18nProvider } from '@loggamera/privacy-react';
import { nameContextModel } from '@loggamera/privacy-core';

const texts = ${JSON.stringify(shapes)};
let text = '';
function Controlled() {
  const [value, setValue] = useState(text);
  return h(PersonalDataTextField, { label: 'Controlled', value, onValueChange: setValue, rows: 12 });
}
function PlainControlled() {
  const [value, setValue] = useState(text);
  return h('label', null, 'Plain controlled', h('textarea', { className: 'lgm-pdf-input', value, onChange: (e) => setValue(e.target.value), rows: 12 }));
}
function App({ variant }) {
  if (variant === 'textarea-controlled') return h(PlainControlled);
  if (variant === 'textarea')
    return h('label', null, 'Plain', h('textarea', { className: 'lgm-pdf-input', defaultValue: text, rows: 12 }));
  if (variant === 'controlled') return h(Controlled);
  if (variant === 'uncontrolled-context-model')
    return h(PersonalDataTextField, { label: 'Uncontrolled', defaultValue: text, rows: 12, contextModel: nameContextModel });
  return h(PersonalDataTextField, { label: 'Uncontrolled', defaultValue: text, rows: 12 });
}
window.mount = (variant, shape) => {
  text = texts[shape];
  const container = document.getElementById('app');
  window.root?.unmount();
  container.replaceChildren();
  window.root = createRoot(container);
  window.root.render(h(PrivacyI18nProvider, { locale: 'sv' }, h(App, { variant })));
};
// Keystroke to next paint: keydown timestamp to the first task after the next animation frame.
window.samples = [];
document.addEventListener('keydown', (event) => {
  const start = event.timeStamp;
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => window.samples.push(performance.now() - start);
    channel.port2.postMessage(0);
  });
}, { capture: true });
window.slowInteractions = new Map();
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (!entry.interactionId) continue;
    const seen = window.slowInteractions.get(entry.interactionId) ?? 0;
    window.slowInteractions.set(entry.interactionId, Math.max(seen, entry.duration));
  }
}).observe({ type: 'event', durationThreshold: 16, buffered: true });
`;

const dir = mkdtempSync(join(tmpdir(), 'lgm-keystroke-'));
await build({
  stdin: { contents: pageEntry, resolveDir: join(root, 'packages/react'), loader: 'js' },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2020',
  outfile: join(dir, 'page.js'),
  alias: {
    '@loggamera/privacy-core': join(root, 'packages/core/src/index.ts'),
    '@loggamera/privacy-react': join(root, 'packages/react/src/index.ts'),
  },
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'error',
});
writeFileSync(
  join(dir, 'index.html'),
  // The kit's stylesheet, and the same box for every textarea: the plain peers use the field's class.
  `<!doctype html><html lang="sv"><meta charset="utf-8"><title>keystroke bench</title><style>${readFileSync(
    join(root, 'packages/react/src/styles.css'),
    'utf8',
  )}</style><body><div id="app" class="lgm-root" style="width: 720px"></div><script type="module" src="page.js"></script></body></html>`,
);
// A tiny static server: the page and its script, nothing else.
const server = createServer((req, res) => {
  const isScript = req.url?.startsWith('/page.js');
  res.writeHead(200, { 'content-type': isScript ? 'text/javascript' : 'text/html; charset=utf-8' });
  res.end(readFileSync(join(dir, isScript ? 'page.js' : 'index.html')));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
});

// Chromium's EventLatency for each key press: a begin/end pair per key event, from the event's
// creation to the presentation of the frame that shows its effect (ms).
function keyPressLatencies(traceEvents) {
  const open = new Map();
  const latencies = [];
  for (const event of traceEvents.filter((e) => e.name === 'EventLatency').sort((a, b) => a.ts - b.ts)) {
    const id = `${event.pid}:${event.id2?.local ?? event.id}`;
    if (event.ph === 'b') open.set(id, event);
    else if (event.ph === 'e' && open.has(id)) {
      const begin = open.get(id);
      open.delete(id);
      if (begin.args?.event_latency?.event_type === 'KEY_PRESSED') latencies.push((event.ts - begin.ts) / 1000);
    }
  }
  return latencies;
}

const loadAtStart = loadavg()[0];
// (uncontrolled-context-model: the field with the opt-in context model for names, since the eleventh
// session)
const variants = ['textarea', 'uncontrolled', 'uncontrolled-context-model', 'textarea-controlled', 'controlled'];
// Each field variant is compared with the plain textarea used the same way.
const peerOf = {
  textarea: 'textarea',
  uncontrolled: 'textarea',
  'uncontrolled-context-model': 'textarea',
  'textarea-controlled': 'textarea-controlled',
  controlled: 'textarea-controlled',
};
const peerName = { textarea: 'plain <textarea>', 'textarea-controlled': 'plain controlled <textarea>' };
const results = Object.fromEntries(
  Object.keys(shapes).map((shape) => [
    shape,
    Object.fromEntries(variants.map((v) => [v, { samples: [], slow: [], latency: [], keys: 0 }])),
  ]),
);
try {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => typeof window.mount === 'function');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const typed = 'ring jouren om larmet går, nyckel i tub vid entrén. ';
  // Two passes per variant and round: the probe and Event Timing without a trace running, then
  // Chromium's EventLatency with one. (Until 2026-11-27 all three were read from one traced pass; the
  // trace's own work added 2–3 ms to the probe's p95 for every variant, peers included.)
  for (let round = 0; round < rounds; round += 1) {
    for (const [shape, variant] of Object.keys(shapes).flatMap((sh) => variants.map((v) => [sh, v]))) {
      for (const traced of [false, true]) {
        await page.evaluate(([v, sh]) => window.mount(v, sh), [variant, shape]);
        const field = page.locator('textarea');
        await field.waitFor({ timeout: 60_000 });
        // Caret in the middle of the text, where a user correcting a description would type.
        await field.evaluate((el) => {
          el.focus();
          el.setSelectionRange(2500, 2500);
        });
        await page.waitForTimeout(300);
        await page.evaluate(() => {
          window.samples = [];
          window.slowInteractions.clear();
        });
        const traceEvents = [];
        const collect = (event) => traceEvents.push(...event.value);
        if (traced) {
          cdp.on('Tracing.dataCollected', collect);
          await cdp.send('Tracing.start', {
            traceConfig: { includedCategories: ['input'] },
            transferMode: 'ReportEvents',
          });
        }
        for (let i = 0; i < keysPerRound; i += 1) {
          await page.keyboard.type(typed[i % typed.length], { delay: 0 });
          await page.waitForTimeout(keyDelayMs);
        }
        await page.waitForTimeout(500);
        if (traced) {
          const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
          await cdp.send('Tracing.end');
          await complete;
          cdp.off('Tracing.dataCollected', collect);
          results[shape][variant].latency.push(...keyPressLatencies(traceEvents));
          continue;
        }
        const { samples, slow } = await page.evaluate(() => ({
          samples: window.samples,
          slow: [...window.slowInteractions.values()],
        }));
        results[shape][variant].samples.push(...samples);
        results[shape][variant].slow.push(...slow);
        results[shape][variant].keys += keysPerRound;
      }
    }
  }
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};
const ms = (value) => `${value.toFixed(1)} ms`;
const eventTimingP95 = (slow, keys) => {
  const value = percentile([...slow, ...Array(Math.max(0, keys - slow.length)).fill(0)], 95);
  return value === 0 ? '< 16 ms' : ms(value);
};
console.log(
  `Keystroke to next paint, ${longText.length}-character text, CPU throttled ${throttle}×, ${rounds}×${keysPerRound} keys per variant and shape`,
);
// On a shared machine the absolute figures follow the load; the ratio to the plain textarea does not.
console.log(`1-minute load average: ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`);
for (const [shape, byVariant] of Object.entries(results)) {
  console.log(`\n${shape}`);
  console.log(
    'variant | p50 | p95 | max | p95 vs its peer | p95 ≤ 16 ms | Event Timing: interactions ≥ 16 ms | Event Timing p95 | EventLatency p50 | EventLatency p95',
  );
  for (const variant of variants) {
    const { samples, slow, latency, keys } = byVariant[variant];
    const p95 = percentile(samples, 95);
    const peerP95 = percentile(byVariant[peerOf[variant]].samples, 95);
    console.log(
      [
        peerName[variant]
          ? `${peerName[variant]} (peer)`
          : `PersonalDataTextField ${variant} vs ${peerName[peerOf[variant]]}`,
        ms(percentile(samples, 50)),
        ms(p95),
        ms(Math.max(...samples)),
        `${(p95 / peerP95).toFixed(2)}×`,
        p95 <= 16 ? 'yes' : 'NO',
        `${slow.length} of ${keys}`,
        // Interactions under 16 ms are not reported by the Event Timing API: they count as under 16.
        eventTimingP95(slow, keys),
        // Chromium's EventLatency: key press to presentation, unrounded (see the header).
        `${ms(percentile(latency, 50))} (n ${latency.length})`,
        ms(percentile(latency, 95)),
      ].join(' | '),
    );
  }
}

// Shared by every browser test: Debian's Chromium driven by playwright-core, a static file server on
// loopback, and a way to open one Storybook story and wait until it has rendered.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
// STORYBOOK_DIR lets a developer test a build kept elsewhere (e.g. one of several built side by side).
export const storybookDir = resolve(process.env.STORYBOOK_DIR ?? join(repoRoot, 'storybook-static'));

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  const found = candidates.find((path) => existsSync(path as string));
  if (!found) throw new Error('No Chromium found: run `node scripts/ensure-chromium.mjs` or set CHROMIUM_PATH.');
  return found as string;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
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
}

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/** Serves `dir` on 127.0.0.1 at a free port. `headers` are added to every response (e.g. a CSP). */
export async function serveStatic(dir: string, headers: Record<string, string> = {}): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': mimeTypes[extname(file)] ?? 'application/octet-stream', ...headers });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}

/** What a browser test file shares: Chromium, one context, and the server's address. */
export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
  url: string;
}

/**
 * Serves `dir` (the static Storybook by default) and starts Chromium with one context before the
 * file's tests, and closes all three after them. Read the fields inside tests, not at import time.
 */
export function openBrowserSession(dir: string = storybookDir, headers: Record<string, string> = {}): BrowserSession {
  const session = {} as BrowserSession;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serveStatic(dir, headers);
    session.url = server.url;
    session.browser = await launchChromium();
    session.context = await session.browser.newContext();
  });
  afterAll(async () => {
    await session.context?.close();
    await session.browser?.close();
    await server?.close();
  });
  return session;
}

export interface StoryEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
  tags?: string[];
}

/** Every story (not docs page) in the static Storybook build. */
export function listStories(): StoryEntry[] {
  const indexFile = join(storybookDir, 'index.json');
  if (!existsSync(indexFile))
    throw new Error('storybook-static/index.json is missing: run `pnpm build-storybook` first.');
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as { entries: Record<string, StoryEntry> };
  return Object.values(index.entries).filter((entry) => entry.type === 'story');
}

export interface StoryProblems {
  errors: string[];
}

/**
 * Opens one story in the iframe, in `locale` and `theme`, and waits until Storybook has finished rendering it
 * (play functions included). Returns the page errors and console errors seen meanwhile.
 */
export async function openStory(
  page: Page,
  baseUrl: string,
  id: string,
  globals: { locale: 'sv' | 'en'; theme?: 'light' | 'dark'; args?: string },
): Promise<StoryProblems> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // The browser's own favicon request is not the story's concern.
    if (message.location().url.endsWith('/favicon.ico')) return;
    errors.push(`console error: ${message.text()} (${message.location().url})`);
  });
  const globalsParam = `locale:${globals.locale};theme:${globals.theme ?? 'light'}`;
  // `args` sets story args in the URL, e.g. `policyVersion:2027-01-01` (the policy version a host runs).
  const argsParam = globals.args ? `&args=${globals.args}` : '';
  await page.goto(
    `${baseUrl}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=${globalsParam}${argsParam}`,
  );
  await page.waitForFunction(
    () => {
      const preview = (window as unknown as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } })
        .__STORYBOOK_PREVIEW__;
      const phase = preview?.currentRender?.phase;
      const done = ['finished', 'completed', 'errored', 'aborted'];
      return (phase !== undefined && done.includes(phase)) || document.body.classList.contains('sb-show-errordisplay');
    },
    undefined,
    { timeout: 30_000 },
  );
  if (await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'))) {
    const message = await page
      .locator('#error-message')
      .textContent()
      .catch(() => '');
    errors.push(`story failed to render: ${message}`);
  }
  return { errors };
}

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe on the whole page against WCAG 2.2 AA; returns one readable line per violation. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

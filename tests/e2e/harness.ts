/**
 * What browser tests and `npm run demo` share: building the test extension when needed,
 * serving pages from 127.0.0.1, and launching Debian Chromium with the extension loaded
 * (TOOLCHAIN.md). One module, so the demo shows exactly what the tests check.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
/** `npm run build:test` writes here (DESIGN.md). */
export const TEST_EXTENSION = join(ROOT, '.output/chrome-mv3-test');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** What the test build is made from: newer files here mean it is stale. */
const SOURCES = ['entrypoints', 'components', 'lib', 'config', 'public', 'assets/corpus', 'wxt.config.ts', 'package.json'];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** `npm run build` writes the Chrome extension readers install here. */
export const PRODUCTION_EXTENSION = join(ROOT, '.output/chrome-mv3');

/** Runs `commands` in turn when the extension in `dir` is missing or older than its sources. */
function ensureBuilt(dir: string, commands: string[][]): string {
  const manifest = join(dir, 'manifest.json');
  const built = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  const sources = Math.max(...SOURCES.map((p) => newestChange(join(ROOT, p))));
  if (built >= sources) return dir;
  for (const [command, ...args] of commands) {
    const run = spawnSync(command as string, args, { cwd: ROOT, stdio: 'inherit' });
    if (run.status !== 0) throw new Error(`${[command, ...args].join(' ')} failed`);
  }
  return dir;
}

/** Runs `npm run build:test` when the test extension is missing or older than its sources. */
export function ensureTestBuild(): string {
  return ensureBuilt(TEST_EXTENSION, [['npm', 'run', 'build:test']]);
}

/** Builds the production Chrome extension (news sites only, closed shadow root) when it is missing or stale. */
export function ensureProductionBuild(): string {
  return ensureBuilt(PRODUCTION_EXTENSION, [
    ['npm', 'run', 'kb'],
    ['npx', 'wxt', 'build'],
  ]);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Serves the files of `dir` on 127.0.0.1 at a random port. */
export async function serve(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    // A page that needs response headers (a Content-Security-Policy) has them in PAGE.headers.json beside it.
    const headers = existsSync(`${file}.headers.json`) ? (JSON.parse(readFileSync(`${file}.headers.json`, 'utf8')) as Record<string, string>) : {};
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/** Chromium in a fresh profile removed on close, with the unpacked extension at `extension` if one is given. */
async function launchProfile(
  extension: string | null,
  { headless = true, hasTouch = false } = {},
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'backstory-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    viewport: { width: 1280, height: 900 },
    hasTouch,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The same Chromium, profile and window with no extension: the benches' side without it. */
export const launchWithoutExtension = (options?: { headless?: boolean }) => launchProfile(null, options);

/** Chromium with the unpacked extension at `extension` (it must have a service worker), in a fresh profile removed on close. */
export async function launchWithExtension(extension: string, options?: { headless?: boolean; hasTouch?: boolean }): Promise<ExtensionBrowser> {
  const { context, close } = await launchProfile(extension, options);
  // The id depends on the folder's path: read it from the service worker's URL.
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, extensionId: new URL(worker.url()).host, close };
}

export type FixtureServer = Awaited<ReturnType<typeof serve>>;

/** What a Chromium browser test starts with: the fixture pages served, and Chromium with the test build. */
export interface FixtureSession {
  browser: ExtensionBrowser;
  server: FixtureServer;
  /** A new tab on fixture page `path`. */
  open(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function startFixtureSession(options?: Parameters<typeof launchWithExtension>[1]): Promise<FixtureSession> {
  const extension = ensureTestBuild();
  const server = await serve(join(ROOT, 'tests/e2e/fixtures'));
  const browser = await launchWithExtension(extension, options);
  return {
    browser,
    server,
    async open(path) {
      const page = await browser.context.newPage();
      await page.goto(`${server.url}/${path}`);
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Resolves once the page shows at least `min` marks of type `type`. */
export async function waitForMarks(page: Page, type = 'person', min = 1): Promise<void> {
  await page.waitForFunction(([name, n]) => (CSS.highlights.get(`backstory-${name}`)?.size ?? 0) >= Number(n), [type, min] as const, {
    timeout: 30_000,
  });
}

/** The middle of the `nth` occurrence of `text` inside `selector`, scrolled into view; null when not found. */
function textPoint(page: Page, selector: string, text: string, nth: number, scroll: boolean): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    ([sel, word, index, scrollTo]) => {
      const scope = document.querySelector(sel);
      if (!scope) return null;
      const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        let at = (node as Text).data.indexOf(word);
        while (at >= 0) {
          if (seen++ === index) {
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + word.length);
            if (scrollTo) range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
            const r = range.getBoundingClientRect();
            return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
          }
          at = (node as Text).data.indexOf(word, at + 1);
        }
      }
      return null;
    },
    [selector, text, nth, scroll] as const,
  );
}

/**
 * The middle of the `nth` occurrence of `text` inside `selector`, once it stops moving: a smooth
 * scroll or the scroll restored after a reload may still be running.
 */
async function settledTextPoint(page: Page, selector: string, text: string, nth: number): Promise<{ x: number; y: number }> {
  let point = await textPoint(page, selector, text, nth, true);
  for (let tries = 0; point && tries < 50; tries++) {
    await page.waitForTimeout(50);
    const again = await textPoint(page, selector, text, nth, false);
    if (again && again.x === point.x && again.y === point.y) break;
    point = await textPoint(page, selector, text, nth, true);
  }
  if (!point) throw new Error(`"${text}" not found in ${selector}`);
  return point;
}

/** Moves the mouse onto the middle of the `nth` occurrence of `text` inside `selector`, as a reader's hand does. */
export async function hoverText(page: Page, selector: string, text: string, nth = 0): Promise<void> {
  const point = await settledTextPoint(page, selector, text, nth);
  await page.mouse.move(point.x - 20, point.y + 40);
  await page.mouse.move(point.x, point.y, { steps: 4 });
}

/**
 * Moves the mouse onto `text` in one step and returns how long the card took to show, as the page
 * measures it: from the pointer event to the first frame that shows the card. It can only read
 * more than the extension's own dwell (the dwell starts after the event, and a frame comes after
 * the card), so a slow machine never makes it read less.
 */
export async function dwellBeforeCard(page: Page, selector: string, text: string): Promise<number> {
  const point = await settledTextPoint(page, selector, text, 0);
  await page.mouse.move(5, 5);
  await page.waitForFunction(() => !document.querySelector('backstory-card')?.shadowRoot?.querySelector('[role="dialog"]'));
  await page.evaluate(() => {
    const w = window as unknown as { movedAt?: number; cardAt?: number };
    w.movedAt = undefined;
    w.cardAt = undefined;
    document.addEventListener('pointermove', (e) => (w.movedAt = e.timeStamp), { capture: true });
    const look = () => {
      if (document.querySelector('backstory-card')?.shadowRoot?.querySelector('[role="dialog"]')) w.cardAt = performance.now();
      else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.mouse.move(point.x, point.y);
  const times = await page.waitForFunction(() => {
    const w = window as unknown as { movedAt?: number; cardAt?: number };
    return w.cardAt !== undefined && w.movedAt !== undefined && { movedAt: w.movedAt, cardAt: w.cardAt };
  });
  const { movedAt, cardAt } = (await times.jsonValue()) as { movedAt: number; cardAt: number };
  return cardAt - movedAt;
}

/** The open card's text (the test build's shadow root is open), or null when no card shows. */
export function cardText(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector('backstory-card')?.shadowRoot?.querySelector('[role="dialog"]')?.textContent ?? null);
}

/** Runs `fn` on the open card's dialog element, inside the page (the function's source is sent, so it may use no outer variable); null when no card shows. */
export function inCard<T>(page: Page, fn: (card: HTMLElement) => T): Promise<T | null> {
  return page.evaluate(`(() => {
    const card = document.querySelector('backstory-card')?.shadowRoot?.querySelector('[role="dialog"]');
    return card ? (${fn.toString()})(card) : null;
  })()`) as Promise<T | null>;
}

/**
 * Waits for a card whose text includes `text` and that is no longer loading, and returns the
 * card's text. Not loading: the loading card shows the name it opened on ("Looking up Antony
 * Blinken…"), so a name alone would match a card whose data has not come yet.
 */
export async function waitForCard(page: Page, text: string, timeout = 10_000): Promise<string> {
  await page.waitForFunction(
    (t) => {
      const card = document.querySelector('backstory-card')?.shadowRoot?.querySelector('[role="dialog"]');
      return (card?.textContent?.includes(t) && !card.querySelector('[aria-busy="true"]')) ?? false;
    },
    text,
    { timeout },
  );
  // Let the opening animation end, so screenshots show the card as a reader sees it.
  await page.waitForFunction(() => {
    const root = document.querySelector('backstory-card')?.shadowRoot;
    return root?.getAnimations().every((a) => a.playState === 'finished') ?? true;
  });
  return (await cardText(page)) ?? '';
}

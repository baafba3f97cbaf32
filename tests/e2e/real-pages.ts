/**
 * The saved real news pages of ../shared/pages/real (Mozilla Readability's test pages, each with
 * the article text Readability extracts), opened with the test build: what Backstory read of each
 * and how much of it lies outside the article. For measurement only: nothing here copies them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { buildSync } from 'esbuild';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import type { BlockMark, BlockUnknown } from '../../lib/messages';
import { type ExtensionBrowser, ROOT, serve } from './harness';
import { newestTabId } from './page-state';

/** Where the pages are; absent on a checkout without ../shared. */
export const REAL_PAGES = join(ROOT, '../shared/pages/real');

/** The pages' names (NAME.html beside NAME.expected.html). */
export function realPageNames(): string[] {
  if (!existsSync(REAL_PAGES)) return [];
  return readdirSync(REAL_PAGES)
    .filter((f) => f.endsWith('.expected.html'))
    .map((f) => f.slice(0, -'.expected.html'.length))
    .sort();
}

/** What the background keeps of a tab's page (tab-pages.ts): its blocks with what the matcher found. */
export interface ReadPage {
  blocks: { text: string; marks: BlockMark[]; unknown: BlockUnknown[] }[];
}

declare const chrome: { storage: { session: { get(key: string): Promise<Record<string, ReadPage | undefined>> } } };

/** The page as the background holds it for tab `tabId` (what the popup lists), or null before the first block arrives. */
export async function readPageOf(browser: ExtensionBrowser, tabId: number): Promise<ReadPage | null> {
  const [worker] = browser.context.serviceWorkers();
  if (!worker) throw new Error('no service worker');
  const stored = await worker.evaluate(async (key) => (await chrome.storage.session.get(key))[key] ?? null, `tab:${tabId}`);
  return stored && { blocks: Object.values(stored.blocks) };
}

/** Aborts every request of `browser` not to 127.0.0.1 (the pages' scripts and images point at the real sites, unreachable here). */
export async function abortOtherHosts(browser: ExtensionBrowser): Promise<void> {
  await browser.context.route(
    (url) => url.protocol.startsWith('http') && url.hostname !== '127.0.0.1',
    (route) => route.abort(),
  );
}

/** `articleBlocks(document)` of article-probe.ts, as an expression to evaluate in a page of a browser `target` (esbuild's). */
export function articleProbe(target: string): string {
  const [bundle] = buildSync({
    entryPoints: [join(ROOT, 'tests/e2e/article-probe.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'probe',
    target,
    write: false,
  }).outputFiles;
  return `(() => { ${bundle?.text}; return probe.articleBlocks(document); })()`;
}

/** True when `held` holds every text of `wanted` (as many times as it appears there). */
export function holdsAll(held: string[], wanted: string[]): boolean {
  const left = new Map<string, number>();
  for (const text of held) left.set(text, (left.get(text) ?? 0) + 1);
  return wanted.every((text) => {
    const n = left.get(text) ?? 0;
    left.set(text, n - 1);
    return n > 0;
  });
}

/** Serves the pages on 127.0.0.1, and aborts every request elsewhere. */
export async function serveRealPages(browser: ExtensionBrowser) {
  await abortOtherHosts(browser);
  return serve(REAL_PAGES);
}

/** How often a page is looked at while it is read. */
const POLL_MS = 200;
let chromiumProbe: string | undefined;

/**
 * Opens page `name` and resolves once Backstory has read it: the background holds every block of
 * its article, as the same code finds it in the page at that moment (article-probe.ts): a
 * condition, where a count that held still for a while was outrun by a loaded machine between
 * two messages of a long page. Rejects when the page shows no article, or is not read within `timeout`.
 */
export async function openRealPage(browser: ExtensionBrowser, base: string, name: string, timeout = 20_000): Promise<{ page: Page; read: ReadPage }> {
  chromiumProbe ??= articleProbe('chrome120');
  const page = await browser.context.newPage();
  // Their scripts and images point at the real sites, unreachable here: `load` may never come.
  await page.goto(`${base}/${name}.html`, { waitUntil: 'domcontentloaded' });
  const tabId = await newestTabId(browser);
  // Polled by hand, not with expect.poll: eval/real-pages.ts runs this outside vitest.
  const deadline = Date.now() + timeout;
  for (;;) {
    // The article is found again at each look: the page's own scripts may still change it.
    const blocks = (await page.evaluate(chromiumProbe)) as string[] | null;
    if (!blocks?.length) throw new Error(`${name}: no article found on the page`);
    const read = await readPageOf(browser, tabId);
    if (
      read &&
      holdsAll(
        read.blocks.map((b) => b.text),
        blocks,
      )
    )
      return { page, read };
    if (Date.now() > deadline) throw new Error(`${name}: not read within ${timeout} ms`);
    await delay(POLL_MS);
  }
}

const compact = (text: string) => text.replace(/\s+/g, '');

/** The article text Readability gives for page `name`, as it gives it. */
export function articleText(name: string): string {
  const { document } = parseHTML(readFileSync(join(REAL_PAGES, `${name}.expected.html`), 'utf8'));
  return document.documentElement.textContent ?? '';
}

/** The article text Readability gives for page `name`, whitespace removed (pages and extraction space words differently). */
export function expectedText(name: string): string {
  return compact(articleText(name));
}

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The words of page `name`'s article (Readability's), and how many of them are among the words read (each read word counted once). */
export function articleWordsRead(read: ReadPage, name: string): { words: number; read: number } {
  const left = new Map<string, number>();
  for (const w of read.blocks.flatMap((b) => wordsOf(b.text))) left.set(w, (left.get(w) ?? 0) + 1);
  const words = wordsOf(articleText(name));
  let found = 0;
  for (const w of words) {
    const n = left.get(w) ?? 0;
    if (n > 0) {
      found++;
      left.set(w, n - 1);
    }
  }
  return { words: words.length, read: found };
}

/** Characters either side of a mark that must lie in the article text too, for the mark to count as inside. */
const CONTEXT = 20;

/** True when the span `start`..`end` of `text`, with CONTEXT characters either side, is in `article` (whitespace aside). */
export function spanInArticle(text: string, start: number, end: number, article: string): boolean {
  return article.includes(compact(text.slice(Math.max(0, start - CONTEXT), end + CONTEXT)));
}

/** Per page: blocks and characters read, and marks (KB names, and names the KB lacks) with how many lie outside the article. */
export function measure(read: ReadPage, article: string) {
  const count = (spans: (b: ReadPage['blocks'][number]) => { start: number; end: number }[]) => {
    let all = 0;
    let outside = 0;
    for (const b of read.blocks) {
      for (const { start, end } of spans(b)) {
        all++;
        if (!spanInArticle(b.text, start, end, article)) outside++;
      }
    }
    return { all, outside };
  };
  const chars = read.blocks.reduce((n, b) => n + compact(b.text).length, 0);
  const charsOutside = read.blocks.filter((b) => !article.includes(compact(b.text))).reduce((n, b) => n + compact(b.text).length, 0);
  return {
    blocks: read.blocks.length,
    chars,
    charsOutside,
    marks: count((b) => b.marks),
    unknown: count((b) => b.unknown),
  };
}

/**
 * The extension with its KB sharded, as `KB_CORPUS=… npm run build:test` ships a large one: a
 * copy of the test build whose bundled KB is written by `writeKb(…, sharded)`. The service worker
 * reads the index at start and a card's records from their shards, and the card says what the
 * whole KB's card says. The worker keeps a copy of the index in OPFS (entrypoints/background/kb-cache.ts)
 * and reads it at later starts; a copy that does not parse is dropped, and the KB still loads.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { controlServiceWorker, type ServiceWorkerControl } from '../../bench/service-worker';
import { readWholeKb, writeKb } from '../../cli/kb-files';
import { CARD_MEASURE, KB_LOAD_MEASURE } from '../../entrypoints/background/kb-timing';
import { idOfIndexText, shardsFolderOf } from '../../lib/kb/shards';
import { type ExtensionBrowser, ensureTestBuild, hoverText, launchWithExtension, ROOT, serve, waitForCard, waitForMarks } from './harness';

let dir: string;
let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof serve>>;
let page: Page;
let worker: ServiceWorkerControl;
let indexFileText: string;
let indexId: string;

declare const chrome: { tabs: { query(q: { url: string }): Promise<{ id?: number }[]> } };

beforeAll(async () => {
  const build = ensureTestBuild();
  dir = mkdtempSync(join(tmpdir(), 'backstory-sharded-'));
  cpSync(build, dir, { recursive: true });
  // Where the background fetches its KB (BUNDLED_KB_PATH of entrypoints/background/kb.ts).
  const file = join(dir, 'kb/bundled.json');
  await writeKb(file, await readWholeKb(file), true);
  expect(readdirSync(shardsFolderOf(file)).length).toBeGreaterThan(0);
  indexFileText = readFileSync(file, 'utf8');
  indexId = idOfIndexText(indexFileText.slice(0, 200)) as string;
  expect(indexId).toMatch(/^[0-9a-f-]+$/);
  server = await serve(join(ROOT, 'tests/e2e/fixtures'));
  browser = await launchWithExtension(dir);
  page = await browser.context.newPage();
  await page.goto(`${server.url}/news-article.html`);
  await waitForMarks(page);
  worker = await controlServiceWorker(browser.context, browser.extensionId);
});

afterAll(async () => {
  await worker?.close();
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a sharded KB in the service worker', () => {
  // First, before any card has read a record.
  it('gives the cast list its lead lines, from the records and document table read on demand', async () => {
    const [background] = browser.context.serviceWorkers();
    const tabId = await background?.evaluate(async () => (await chrome.tabs.query({ url: '*://127.0.0.1/*' }))[0]?.id);
    const panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tab=${tabId}`);
    expect(await panel.locator('.member[data-id="park-jin"] .line').textContent()).toBe('Foreign Minister of South Korea');
    await panel.close();
  });

  it('marks the page from the index alone and shows a card with its role and coverage from the shards', async () => {
    await hoverText(page, 'article', 'Blinken', 1);
    const text = await waitForCard(page, 'Secretary of State');
    expect(text).toContain('Antony Blinken');
    expect(text).toContain('US and South Korea close ranks on common global issues');
  });

  it("asks for a card's records while the pointer rests on its mark, so they are read before the dwell ends", async () => {
    await page.mouse.move(5, 5);
    await worker.evaluate('chrome.storage.sync.set({ settings: { hoverDwellMs: 5000 } })');
    // Settings reach the page by a storage event: the dwell is read at each hover.
    await page.reload();
    await waitForMarks(page);
    await hoverText(page, 'article', 'Park Jin');
    const shownAt = await page.waitForFunction(
      () => document.querySelector('backstory-card')?.shadowRoot?.querySelector('[role="dialog"]') && performance.timeOrigin + performance.now(),
      null,
      { polling: 'raf', timeout: 30_000 },
    );
    const answered = await worker.evaluate<{ id: string; at: number } | null>(
      `(() => { const m = performance.getEntriesByName(${JSON.stringify(CARD_MEASURE)})[0]; return m ? { id: m.detail.id, at: performance.timeOrigin + m.startTime + m.duration } : null; })()`,
    );
    // Both clocks count from the epoch. Asked for only once the card opens, the answer would come
    // after it; asked for at the pointer's arrival, it comes about a dwell (5 s) before.
    expect(answered?.id).toBe('park-jin');
    expect(answered?.at).toBeLessThan(((await shownAt.jsonValue()) as number) - 2500);
    await page.mouse.move(5, 5);
    await worker.evaluate('chrome.storage.sync.set({ settings: {} })');
  });

  it("keeps a copy of the index in OPFS and reads it at the next start; another build's copy is not read, and one that does not parse is dropped and made again", async () => {
    const copy = 'kb-index.json';
    const loadedFrom = `performance.getEntriesByName(${JSON.stringify(KB_LOAD_MEASURE)})[0]?.detail?.from ?? null`;
    const startByPage = async () => {
      await worker.stop();
      const again = await browser.context.newPage();
      await again.goto(`${server.url}/news-article.html`);
      await waitForMarks(again);
      return again;
    };
    const copyText = `(async () => { try { const root = await navigator.storage.getDirectory(); return await (await (await root.getFileHandle(${JSON.stringify(copy)})).getFile()).text(); } catch { return null; } })()`;
    await expect.poll(async () => idOfIndexText((await worker.evaluate<string | null>(copyText))?.slice(0, 200) ?? '')).toBe(indexId);
    const second = await startByPage();
    expect(await worker.evaluate(loadedFrom)).toBe('copy');
    await second.close();
    // An older build's copy: a whole index, but not this one.
    const write = (text: string) =>
      worker.evaluate(
        `(async () => { const root = await navigator.storage.getDirectory(); const w = await (await root.getFileHandle(${JSON.stringify(copy)})).createWritable(); await w.write(${JSON.stringify(text)}); await w.close(); })()`,
      );
    const current = (await worker.evaluate<string>(copyText)).replace(indexId, 'ffff-ffff-1');
    await write(current);
    const older = await startByPage();
    expect(await worker.evaluate(loadedFrom)).toBe('extension');
    await expect.poll(async () => idOfIndexText((await worker.evaluate<string | null>(copyText))?.slice(0, 200) ?? '')).toBe(indexId);
    await older.close();
    // A broken copy (a disk error, a write cut short by an older browser): the next start must not fail on it.
    await write(`{"version":3,"layout":"backstory-shards","id":"${indexId}", broken`);
    const again = await startByPage();
    expect(await worker.evaluate(loadedFrom)).toBe('extension');
    await hoverText(again, 'article', 'Blinken', 1);
    expect(await waitForCard(again, 'Secretary of State')).toContain('Antony Blinken');
    await expect.poll(async () => (await worker.evaluate<string | null>(copyText)) === indexFileText).toBe(true);
    await again.close();
  });
});

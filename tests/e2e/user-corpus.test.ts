/**
 * The user's own corpus in real Chromium: a page added from the popup shows up in related
 * coverage on other pages and goes when removed; a folder import with bad files; an export that
 * reads back; and an update that changed the KB schema keeps every stored article.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { controlServiceWorker } from '../../bench/service-worker';
import { readJsonl } from '../../lib/corpus/read-jsonl';
import { readText } from '../../lib/corpus/read-text';
import { toUserArticle } from '../../lib/user-corpus/user-article';
import { type FixtureSession, hoverText, ROOT, startFixtureSession, waitForCard, waitForMarks } from './harness';
import { storedCounts } from './options-import';
import { newestTabId } from './page-state';

const TITLE = 'Allies weigh joint patrols after talks in Tokyo';
/** One wire service's page, listing several articles under one address. */
const WIRE = 'https://wires.example/2024-03-01';
let session: FixtureSession;
let folder: string;

beforeAll(async () => {
  session = await startFixtureSession();
  folder = mkdtempSync(join(tmpdir(), 'backstory-import-'));
});
afterAll(async () => {
  await session?.close();
  rmSync(folder, { recursive: true, force: true });
});

const optionsUrl = () => `chrome-extension://${session.browser.extensionId}/options.html`;

async function openOptions(): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(optionsUrl());
  await page.waitForSelector('.kb-stats');
  return page;
}

/** The card of Antony Blinken on a fresh tab of the news article (each page asks for a card once). */
async function blinkenCard(): Promise<string> {
  const page = await session.open('news-article.html');
  await waitForMarks(page);
  await hoverText(page, 'article', 'Antony Blinken');
  const text = await waitForCard(page, 'Antony Blinken');
  await page.close();
  return text;
}

/** Opens the story fixture and adds it from the popup; returns the popup's status line. */
async function addStoryFromPopup(): Promise<string | null> {
  const story = await session.open('user-story.html');
  const tabId = await newestTabId(session.browser);
  const popup = await session.browser.context.newPage();
  await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html?tab=${tabId}`);
  await popup.click('text=Add this page to my knowledge base');
  const status = await popup.textContent('.add-page [role="status"]', { timeout: 30_000 });
  await Promise.all([popup.close(), story.close()]);
  return status;
}

const listedTitles = (options: Page) => options.$$eval('.user-article .title', (titles) => titles.map((t) => t.textContent));

describe("the user's corpus", () => {
  it('adds a page from the popup, once, and its article shows in related coverage on another page', async () => {
    // In a worker started again since it installed: linkedom and Readability come from its script cache (config/defer-module.ts).
    const worker = await controlServiceWorker(session.browser.context, session.browser.extensionId);
    await worker.stop();
    await worker.close();
    expect(await addStoryFromPopup()).toBe(`Added “${TITLE}” to your knowledge base.`);
    expect(await addStoryFromPopup()).toBe(`“${TITLE}” was already in your knowledge base; it is updated.`);

    expect(await blinkenCard()).toContain(TITLE);
    const options = await openOptions();
    expect(await listedTitles(options)).toEqual([TITLE]);
    await options.close();
  });

  it('removes the article from the options page, and with it what it contributed', async () => {
    const options = await openOptions();
    await options.click(`button[aria-label="Remove “${TITLE}”"]`);
    await options.waitForSelector('text=No articles of your own yet');
    await options.close();
    expect(await blinkenCard()).not.toContain(TITLE);
  });

  it('imports a folder: progress shown, good files added, bad ones named, nothing lost', async () => {
    // One article stored before the import: it must survive.
    expect(await addStoryFromPopup()).toMatch(/^Added/);

    const dir = join(folder, 'clippings');
    rmSync(dir, { recursive: true, force: true });
    const files: Record<string, string | Buffer> = {
      'harbour-fees.txt':
        'Harbour fees rise again\n\nGDANSK — Port officials raised fees on Monday, said Ewa Nowak of the Baltic Port Board, the second rise this year.',
      'ferry.html':
        '<html><head><title>Ferry link reopens</title></head><body><article><h1>Ferry link reopens</h1><p>The ferry link between Tallinn and Helsinki reopened on Friday after a week of storms, the operator said in a statement.</p></article></body></html>',
      // Two items of one wire page (one URL, two texts: two articles), the first again (a duplicate), a cut-off line.
      'wires.jsonl': [
        { text: 'Rail workers in Lyon ended a three-day strike on Sunday after the union accepted a new offer.', title: 'Rail strike ends', url: WIRE },
        { text: 'Dock workers in Antwerp voted on Monday to return to work.', title: 'Dock vote', url: WIRE },
        { text: 'Rail workers in Lyon ended a three-day strike on Sunday after the union accepted a new offer.', title: 'Rail strike ends', url: WIRE },
      ]
        .map((r) => `${JSON.stringify(r)}\n`)
        .join('')
        .concat('{"text": "cut off'),
      'scan.txt': Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff, 0x00, 0x00]),
    };
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dir, { recursive: true });
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);

    const options = await openOptions();
    // The import of four small files is quick: record that a progress bar appeared at all.
    await options.evaluate(() => {
      const seen = { progress: false };
      (window as unknown as { seen: typeof seen }).seen = seen;
      new MutationObserver(() => {
        if (document.querySelector('progress')) seen.progress = true;
      }).observe(document.body, { childList: true, subtree: true });
    });
    await options.setInputFiles('input[webkitdirectory]', dir);
    const report = await options.textContent('.report', { timeout: 60_000 });
    expect(await options.evaluate(() => (window as unknown as { seen: { progress: boolean } }).seen.progress)).toBe(true);
    expect(report).toContain('Added 4 of 5 articles read from 4 files. Skipped: 1 duplicate within the import (same URL and text); 2 problems (listed below).');
    expect(report).toMatch(/clippings\/scan\.txt: binary content/);
    expect(report).toMatch(/clippings\/wires\.jsonl, line 4: invalid JSON/);
    expect(report).toMatch(/clippings\/wires\.jsonl, line 3: same URL and text as clippings\/wires\.jsonl, line 1/);
    await options.waitForFunction((n) => document.querySelectorAll('.user-article').length === n, 5);
    expect(await listedTitles(options)).toEqual(
      expect.arrayContaining([TITLE, 'Harbour fees rise again', 'Ferry link reopens', 'Rail strike ends', 'Dock vote']),
    );
    expect(await options.textContent('.kb-stats tbody tr:nth-child(2) td')).toBe('5');
    await options.screenshot({ path: join(ROOT, '.test-results/options-import.png'), fullPage: true });
    await options.close();
  });

  it('leaves the corpus as it was when an import stops halfway (its page closed before the commit)', async () => {
    const before = await openOptions();
    await before.waitForSelector('.user-article');
    const titles = await listedTitles(before);
    // What ImportPanel does for the first files of an import (hold its port, stage a part); then the page goes away.
    const part = [toUserArticle(readText('half.txt', 'Half an import\n\nOfficials in Riga opened a new bridge on Monday.'), 5)];
    await before.evaluate((articles) => {
      const { runtime } = (globalThis as unknown as { chrome: { runtime: { connect(o: object): unknown; sendMessage(m: object): Promise<unknown> } } }).chrome;
      (globalThis as unknown as { hold: unknown }).hold = runtime.connect({ name: 'import:halfway' });
      return runtime
        .sendMessage({ type: 'beginImport', importId: 'halfway' })
        .then(() => runtime.sendMessage({ type: 'stageImport', importId: 'halfway', articles }));
    }, part);
    expect((await storedCounts(before)).staged).toBe(1);
    await before.close();
    const after = await openOptions();
    await after.waitForSelector('.user-article');
    expect(await listedTitles(after)).toEqual(titles);
    await expect.poll(async () => (await storedCounts(after)).staged).toBe(0);
    // The page's port closed with it, and what it staged went: a late commit adds nothing.
    const late = await after.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime
        .sendMessage({ type: 'commitImport', importId: 'halfway' })
        .then(
          () => 'committed',
          (e: Error) => e.message,
        ),
    );
    expect(late).toMatch(/interrupted.*nothing was added/);
    await after.close();
  });

  it('exports a JSONL file that reads back, one record per stored article', async () => {
    const options = await openOptions();
    await options.waitForSelector('.user-article');
    const [download] = await Promise.all([options.waitForEvent('download'), options.click('button.export')]);
    const path = await download.path();
    const { articles, problems } = readJsonl(download.suggestedFilename(), readFileSync(path, 'utf8'));
    expect(problems).toEqual([]);
    expect(articles.map((a) => a.title).sort()).toEqual((await listedTitles(options)).sort());
    await options.close();
  });

  it('keeps every article through an update that changed the KB schema, and rebuilds what they contribute', async () => {
    const articles = [
      toUserArticle(readText('a.txt', 'Harbour fees rise again\n\nGDANSK — Port officials raised fees on Monday, said Ewa Nowak of the Baltic Port Board.'), 1),
      toUserArticle(
        readText('b.txt', 'Patrol plan advances\n\nTOKYO — Antony Blinken said on Thursday that the Harbour Patrol Compact would be signed within weeks.'),
        2,
      ),
    ];
    // A store as an older release left it: the same articles, states of an older KB schema.
    const options = await openOptions();
    await options.evaluate(
      async ({ stored, oldVersion }) => {
        const done = (request: IDBRequest | IDBTransaction) =>
          new Promise((resolve, reject) => {
            if (request instanceof IDBTransaction) request.oncomplete = resolve;
            else request.onsuccess = resolve;
            request.onerror = () => reject(request.error);
          });
        await done(indexedDB.deleteDatabase('backstory-user-corpus'));
        const open = indexedDB.open('backstory-user-corpus', 1);
        open.onupgradeneeded = () => {
          open.result.createObjectStore('articles', { keyPath: 'id' }).createIndex('addedAt', 'addedAt');
          open.result.createObjectStore('states', { keyPath: 'id' });
        };
        await done(open);
        const tx = open.result.transaction(['articles', 'states'], 'readwrite');
        for (const a of stored) {
          tx.objectStore('articles').put(a);
          tx.objectStore('states').put({ id: a.id, version: oldVersion, state: { layout: 'older' } });
        }
        await done(tx);
        open.result.close();
      },
      { stored: articles, oldVersion: 'kb 1, state 0' },
    );
    // The update: the background starts afresh (as after an update) and finds the older store.
    const cdp = await session.browser.context.newCDPSession(options);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await options.close();

    const after = await openOptions();
    expect((await listedTitles(after)).sort()).toEqual(['Harbour fees rise again', 'Patrol plan advances']);
    await after.waitForFunction(() => Number(document.querySelector('.kb-stats tbody tr:nth-child(2) td:nth-child(3)')?.textContent) > 0);
    await after.close();
    expect(await blinkenCard()).toContain('Patrol plan advances');
  });
});

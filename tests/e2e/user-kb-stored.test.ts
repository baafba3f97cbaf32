/**
 * The user's KB stored built (entrypoints/background/user-layer.ts) in real Chromium: after an
 * import, a worker started cold reads the stored copy (its measure says 'stored', and no build is
 * measured) and the card still lists the user's articles; a corpus changed behind the stored copy
 * makes it stale, and the next cold start builds the KB again instead of reading it; a page marked
 * while it was built is read again once it is (reread-after-build.ts). Invented articles, so this
 * runs on a fresh clone.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { controlServiceWorker, type ServiceWorkerControl } from '../../bench/service-worker';
import { USER_KB_MEASURE } from '../../entrypoints/background/kb-timing';
import { type FixtureSession, hoverText, startFixtureSession, waitForCard, waitForMarks } from './harness';
import { changeCorpusBehindWorker, openOptions, pickFile, waitForReport } from './options-import';
import { newestTabId } from './page-state';

/** Two commit chunks (import-staging.ts COMMIT_CHUNK): the KB is built once, after the last. */
const ARTICLES = 1100;
const dispatch = (i: number) => ({
  title: `Quay talks, dispatch ${i}`,
  text: `KLAIPEDA — Antony Blinken said on Monday that talks on the quay inspection plan had reached round ${i}, officials of the port authority said.`,
  url: `https://quay-wire.example/${i}`,
  date: `2024-05-${String((i % 28) + 1).padStart(2, '0')}`,
  source: 'Quay Wire',
});

/** Three articles of a baker the bundled KB does not know (local-baker.html names her). */
const bakerNews = (i: number) => ({
  title: `Millers' guild picks a new head, part ${i}`,
  text: `Maria Lindqvist was chosen on Tuesday to lead the guild of millers for the ${i}th year running, its members said.`,
  url: `https://guild-news.example/${i}`,
  date: `2024-03-0${i}`,
});

/** How the running worker got the user's KB since it started: one entry per read or build, with its source and articles. */
const made = `performance.getEntriesByName(${JSON.stringify(USER_KB_MEASURE)}).map((m) => m.detail)`;

let session: FixtureSession;
let worker: ServiceWorkerControl;
let folder: string;

beforeAll(async () => {
  session = await startFixtureSession();
  worker = await controlServiceWorker(session.browser.context, session.browser.extensionId);
  folder = mkdtempSync(join(tmpdir(), 'backstory-user-kb-'));
  writeFileSync(join(folder, 'baker.jsonl'), [1, 2, 3].map((i) => `${JSON.stringify(bakerNews(i))}\n`).join(''));
  writeFileSync(join(folder, 'quay.jsonl'), Array.from({ length: ARTICLES }, (_, i) => `${JSON.stringify(dispatch(i))}\n`).join(''));
});
afterAll(async () => {
  await worker?.close();
  await session?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** The Blinken card on a fresh tab of the news article, once its marks show. */
async function blinkenCard(wanted: string): Promise<string> {
  const page = await session.open('news-article.html');
  await waitForMarks(page);
  await hoverText(page, 'article', 'Antony Blinken');
  const text = await waitForCard(page, wanted, 30_000);
  await page.close();
  return text;
}

/** The texts of the page's marks of one highlight (person, unknown…). */
const marked = (page: Page, kind: string) =>
  page.evaluate((name) => [...(CSS.highlights.get(name) ?? [])].map((r) => (r as Range).toString()), `backstory-${kind}`);

/**
 * Holds the user's article states back from the worker: a page of the extension keeps a transaction
 * writing them open (IndexedDB runs a read of a store after an earlier write of it), so a build,
 * which reads them, waits. Lookups read no state. `release` ends the transaction.
 */
async function holdStates(): Promise<{ release(): Promise<void> }> {
  const page = await session.browser.context.newPage();
  await page.goto(`chrome-extension://${session.browser.extensionId}/kb/bundled.json`);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('backstory-user-corpus');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('states', 'readwrite');
          const held = globalThis as unknown as { released: boolean; done: Promise<void> };
          held.released = false;
          held.done = new Promise((done) => {
            tx.oncomplete = () => done();
          });
          // A transaction ends when it has no request left: one more each time the last one answers, until released.
          const keep = () => {
            if (!held.released) tx.objectStore('states').count().onsuccess = keep;
          };
          keep();
          resolve();
        };
      }),
  );
  return {
    async release() {
      await page.evaluate(() => {
        const held = globalThis as unknown as { released: boolean; done: Promise<void> };
        held.released = true;
        return held.done;
      });
      await page.close();
    },
  };
}

describe("the user's KB stored built", () => {
  it('is read by a cold worker after an import: marks and the card without building it', async () => {
    const options = await openOptions(session.browser);
    await pickFile(options, join(folder, 'quay.jsonl'));
    const shown = ARTICLES.toLocaleString('en-US');
    expect(await waitForReport(options, 180_000)).toContain(`Added ${shown} of ${shown} articles`);
    // The options page counts them once the KB is built, and so stored.
    await options.waitForFunction((n) => document.querySelector('.kb-stats tbody tr:nth-child(2) td')?.textContent === String(n), ARTICLES, {
      timeout: 60_000,
    });
    await options.close();
    // Built once for the import, not once per chunk (the worker's first start built the empty corpus's).
    const builds = (await worker.evaluate<{ from: string; articles: number }[]>(made)).filter((m) => m.from === 'built' && m.articles > 0);
    expect(builds).toEqual([{ from: 'built', articles: ARTICLES }]);

    await worker.stop();
    expect(await blinkenCard('Quay talks, dispatch')).toMatch(/Quay talks, dispatch \d+/);
    expect(await worker.evaluate(made)).toEqual([{ from: 'stored', articles: ARTICLES }]);
  }, 240_000);

  it('is not read once the corpus changed behind it: the next cold start builds it again from the articles', async () => {
    await worker.stop();
    // The corpus as a removal of every article leaves it, the worker stopped before it rebuilt.
    await changeCorpusBehindWorker(session.browser.context, session.browser.extensionId, { clear: true });
    worker.assertStopped();

    const card = await blinkenCard('Antony Blinken');
    expect(card).not.toContain('Quay talks');
    await expect.poll(() => worker.evaluate(made)).toEqual([{ from: 'built', articles: 0 }]);
  }, 120_000);

  it('reads a page marked while it was built again once it is: a name only the user’s articles know gets its mark', async () => {
    const options = await openOptions(session.browser);
    await pickFile(options, join(folder, 'baker.jsonl'));
    expect(await waitForReport(options, 60_000)).toContain('Added 3 of 3 articles');
    await options.close();
    await expect.poll(() => worker.evaluate(made)).toContainEqual({ from: 'built', articles: 3 });
    await worker.stop();
    // The stored copy made stale, so the next start builds the KB, and the states held, so that build waits.
    await changeCorpusBehindWorker(session.browser.context, session.browser.extensionId);
    const states = await holdStates();
    worker.assertStopped();

    const page = await session.open('local-baker.html');
    const tabId = await newestTabId(session.browser);
    // Marked without the user's KB: the popup lists the baker as a name the KB lacks.
    const popup = await session.browser.context.newPage();
    await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('.unknown-list .unknown .name:text-is("Maria Lindqvist")', { timeout: 30_000 });
    await popup.close();
    expect(await marked(page, 'person')).not.toContain('Maria Lindqvist');
    expect(await worker.evaluate(made)).toEqual([]);

    await states.release();
    await expect.poll(() => marked(page, 'person'), { timeout: 30_000 }).toContain('Maria Lindqvist');
    expect(await worker.evaluate(made)).toEqual([{ from: 'built', articles: 3 }]);
    await page.close();
  }, 120_000);
});

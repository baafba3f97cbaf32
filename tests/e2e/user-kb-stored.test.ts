/**
 * The user's KB stored built (entrypoints/background/user-layer.ts) in real Chromium: after an
 * import, a worker started cold reads the stored copy (its measure says 'stored', and no build is
 * measured) and the card still lists the user's articles; a corpus changed behind the stored copy
 * makes it stale, and the next cold start builds the KB again instead of reading it. Invented
 * articles, so this runs on a fresh clone.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { controlServiceWorker, type ServiceWorkerControl } from '../../bench/service-worker';
import { USER_KB_MEASURE } from '../../entrypoints/background/kb-timing';
import { type FixtureSession, hoverText, startFixtureSession, waitForCard, waitForMarks } from './harness';
import { changeCorpusBehindWorker, openOptions, pickFile, waitForReport } from './options-import';

/** Two commit chunks (import-staging.ts COMMIT_CHUNK): the KB is built once, after the last. */
const ARTICLES = 1100;
const dispatch = (i: number) => ({
  title: `Quay talks, dispatch ${i}`,
  text: `KLAIPEDA — Antony Blinken said on Monday that talks on the quay inspection plan had reached round ${i}, officials of the port authority said.`,
  url: `https://quay-wire.example/${i}`,
  date: `2024-05-${String((i % 28) + 1).padStart(2, '0')}`,
  source: 'Quay Wire',
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
});

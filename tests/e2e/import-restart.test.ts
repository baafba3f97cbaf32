/**
 * A large import through the options page in real Chromium, its service worker stopped while the
 * file is read (and again as its commit starts, unless it is over by then), as Chrome stops an idle worker or one past
 * its time: the import goes on, stores every article once, reports its one duplicate, and a card
 * then shows the imported articles. The corpus is generated here (invented articles), so this
 * runs on a fresh clone.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSession, hoverText, startFixtureSession, waitForCard, waitForMarks } from './harness';
import { openOptions, pickFile, storedCounts, waitForProgress, waitForReport, workerStopper } from './options-import';

/** Articles generated: several parts staged and three chunks committed (import-run.ts, import-staging.ts). */
const ARTICLES = 2500;
const PORTS = ['Gdansk', 'Tallinn', 'Riga', 'Rotterdam', 'Antwerp', 'Hamburg', 'Bergen', 'Malmo'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
/** Many dispatches of one wire page share its address: each with its own text is an article of its own. */
const WIRE = (i: number) => `https://wires.example/harbour/${Math.floor(i / 10)}`;

/** Invented dispatch `i`: a title and a text naming Antony Blinken, an entity of the test build's KB. */
function dispatch(i: number) {
  const port = PORTS[i % PORTS.length] as string;
  return {
    title: `Harbour talks, dispatch ${i}`,
    text: `${port.toUpperCase()} — Antony Blinken said on ${DAYS[i % DAYS.length]} that talks on the harbour patrol plan in ${port} had reached round ${i}. Officials of the port board said the ${i}th round would end within weeks.`,
    url: WIRE(i),
    date: `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    source: 'Harbour Wire',
  };
}

let session: FixtureSession;
let folder: string;
let corpus: string;

beforeAll(async () => {
  session = await startFixtureSession();
  folder = mkdtempSync(join(tmpdir(), 'backstory-import-restart-'));
  corpus = join(folder, 'harbour.jsonl');
  const records = Array.from({ length: ARTICLES }, (_, i) => dispatch(i));
  // Line ARTICLES + 1 repeats line 101: same URL and text, a duplicate by the rule. A title of its own changes nothing.
  records.push({ ...dispatch(100), title: 'Harbour talks, retitled' });
  writeFileSync(corpus, records.map((r) => `${JSON.stringify(r)}\n`).join(''));
});
afterAll(async () => {
  await session?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('an import through the options page', () => {
  it('survives its service worker stopped midway, stores every article once and reports the duplicate', async () => {
    const options = await openOptions(session.browser);
    const worker = await workerStopper(options);
    await pickFile(options, corpus);

    // Stopped while the file is read: a part of the articles staged, most not yet.
    const reading = await waitForProgress(options, 'reading', 600, 120_000);
    await worker.stop();
    expect(reading?.articles).toBeLessThan(ARTICLES);
    expect(reading?.text).toMatch(/^[\d,]+ articles read, [\d.]+ MB of [\d.]+ MB \(harbour\.jsonl\)$/);
    // Stopped again as the commit starts (the page shows "Storing" just before its first chunk), unless it was over first.
    if (await waitForProgress(options, 'storing', 0, 180_000)) await worker.stop();

    const report = await waitForReport(options, 180_000);
    expect(report).toContain(
      `Added ${ARTICLES.toLocaleString('en-US')} of ${(ARTICLES + 1).toLocaleString('en-US')} articles read from 1 file. Skipped: 1 duplicate within the import (same URL and text).`,
    );
    expect(report).toContain(`harbour.jsonl, line ${ARTICLES + 1}: same URL and text as harbour.jsonl, line 101`);
    // Stopped, and started again by the import's next request.
    expect(worker.stops()).toBeGreaterThanOrEqual(1);
    expect(worker.starts()).toBeGreaterThanOrEqual(1);
    expect(await storedCounts(options)).toEqual({ articles: ARTICLES, staged: 0 });
    await options.waitForFunction((n) => document.querySelector('.kb-stats tbody tr:nth-child(2) td')?.textContent === String(n), ARTICLES, {
      timeout: 60_000,
    });
    await worker.cdp.detach();
    await options.close();
  }, 600_000);

  it('then shows imported articles in the card of an entity they name', async () => {
    const page = await session.open('news-article.html');
    await waitForMarks(page);
    await hoverText(page, 'article', 'Antony Blinken');
    expect(await waitForCard(page, 'Harbour talks, dispatch', 60_000)).toMatch(/Harbour talks, dispatch \d+/);
    await page.close();
  }, 120_000);
});

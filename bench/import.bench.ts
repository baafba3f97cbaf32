/**
 * The world corpus (../shared/data, 45 MB, 113,877 lines) imported through the options page of
 * the test build in headless Chromium (issue 15, item 5), as a reader imports it: the file picked,
 * until the report shows. Its service worker is stopped twice on the way (while the file is read,
 * and as the commit starts), as Chrome stops one: the import must go on and lose nothing.
 * Reported: the wall time (and its two phases), articles stored and duplicates reported, the peak
 * JS heap of the service worker and of the options page and the browser's total memory (the PSS of
 * all its processes), sampled each second through CDP until the end, and whether the Blinken
 * card of the fixture article then shows an imported article (a title of the world corpus it did not show before),
 * with the time a new tab of that article takes to show its marks; then three cold starts (the worker stopped, a new
 * tab) to their first marks, with the worker's heap and whether it read the user's KB stored, and one cold start
 * with the stored copy made stale (the corpus's version bumped): its marks, and the user's KB built meanwhile. Skipped without
 * ../shared/data. `IMPORT_RUNS=N` runs it N times (a fresh profile each), for medians;
 * `IMPORT_CORPUS=FILE` imports another file.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, CDPSession } from 'playwright-core';
import { USER_KB_MEASURE } from '../entrypoints/background/kb-timing';
import { WORLD_CORPUS as WORLD } from '../eval/world-corpus';
import { cardText, ensureTestBuild, hoverText, inCard, launchWithExtension, ROOT, serve, waitForCard } from '../tests/e2e/harness';
import { changeCorpusBehindWorker, openOptions, pickFile, storedCounts, waitForProgress, waitForReport, workerStopper } from '../tests/e2e/options-import';
import { type Figure, ms, size } from './report';
import { controlServiceWorker, type ServiceWorkerControl } from './service-worker';
import { median } from './stats';

const RUNS = Number(process.env.IMPORT_RUNS ?? 1);
/** `IMPORT_CORPUS=FILE` imports that file instead (a part of the world corpus, to try the bench quickly). */
const WORLD_CORPUS = process.env.IMPORT_CORPUS ?? WORLD;
/** Hours, not minutes, would mean it is stuck. */
const TIMEOUT_MS = 3 * 60 * 60 * 1000;
const SAMPLE_MS = 1000;
const ARTICLE = 'news-article.html';

/** The PSS of a process in bytes (its share of the pages it shares), from /proc; 0 once it is gone. */
function pss(pid: number): number {
  try {
    const kb = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1];
    return Number(kb ?? 0) * 1024;
  } catch {
    return 0;
  }
}

/** The memory of every process of the browser (browser, renderers, the worker's, GPU, utilities): the sum of their PSS. */
async function browserMemory(session: CDPSession): Promise<number> {
  const { processInfo } = (await session.send('SystemInfo.getProcessInfo')) as { processInfo: { id: number }[] };
  return processInfo.reduce((sum, p) => sum + pss(p.id), 0);
}

/** The Blinken card's text and the titles it shows, on a fresh tab of the fixture article, and how long the page took to show its marks. */
async function blinkenCard(context: BrowserContext, server: string): Promise<{ text: string; titles: string[]; marks: number }> {
  const page = await context.newPage();
  try {
    const start = Date.now();
    await page.goto(`${server}/${ARTICLE}`);
    await page.waitForFunction(() => (CSS.highlights.get('backstory-person')?.size ?? 0) > 0, null, { timeout: TIMEOUT_MS });
    const marks = Date.now() - start;
    await hoverText(page, 'article', 'Antony Blinken');
    await waitForCard(page, 'Antony Blinken', TIMEOUT_MS);
    const titles = (await inCard(page, (card) => [...card.querySelectorAll('.title')].map((t) => t.textContent ?? ''))) ?? [];
    return { text: (await cardText(page)) ?? '', titles, marks };
  } finally {
    await page.close();
  }
}

/** Cold starts measured after the import, for medians. */
const COLD_STARTS = 3;
/** How the worker got the user's KB since it started (user-layer.ts): source, articles, and when it was ready, in ms since the worker started. */
const USER_KB = `performance.getEntriesByName(${JSON.stringify(USER_KB_MEASURE)}).map((m) => ({ ...m.detail, ready: m.startTime + m.duration, took: m.duration }))`;
type UserKbEntry = { from: string; articles: number; ready: number; took: number };

interface ColdStart {
  /** From a new tab of the article opened (the worker stopped) to its first marks. */
  marks: number;
  /** The worker's JS heap as the marks show (no collection first). */
  heap: number;
  /** How the worker got the user's KB by then: 'stored' (read from the copy) or 'built', or '' when it had none yet. */
  userKb: string;
  /** When the user's KB was ready, in ms since the worker started (NaN when it was not by the marks). */
  userKbReady: number;
  /** The card then lists an imported article (its records read from the stored shards). */
  cardShowsImported: boolean;
}

/** A cold start opened by a reader's page: the worker stopped, a new tab of the article, to its marks and card. */
async function coldStart(context: BrowserContext, server: string, worker: ServiceWorkerControl, titles: ReadonlySet<string>, before: readonly string[]) {
  await worker.stop();
  const page = await context.newPage();
  try {
    const start = Date.now();
    await page.goto(`${server}/${ARTICLE}`);
    await page.waitForFunction(() => (CSS.highlights.get('backstory-person')?.size ?? 0) > 0, null, { timeout: TIMEOUT_MS, polling: 20 });
    const marks = Date.now() - start;
    const [heap, made] = await Promise.all([worker.heapUsed(), worker.evaluate<UserKbEntry[]>(USER_KB)]);
    await hoverText(page, 'article', 'Antony Blinken');
    await waitForCard(page, 'Antony Blinken', TIMEOUT_MS);
    const shown = (await inCard(page, (card) => [...card.querySelectorAll('.title')].map((t) => t.textContent ?? ''))) ?? [];
    const first = made[0];
    return {
      marks,
      heap,
      userKb: first?.from ?? '',
      userKbReady: first?.ready ?? Number.NaN,
      cardShowsImported: shown.some((t) => titles.has(t) && !before.includes(t)),
    };
  } finally {
    await page.close();
  }
}

/** Polls `check` each second until it gives a value. */
async function waitFor<T>(check: () => Promise<T | undefined>): Promise<T> {
  const end = Date.now() + TIMEOUT_MS;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((wait) => setTimeout(wait, 1000));
  }
}

/** Titles of the world corpus's articles: one of them in a card that did not show it before is an imported article. */
function worldTitles(): Set<string> {
  const titles = new Set<string>();
  for (const line of readFileSync(WORLD_CORPUS, 'utf8').split('\n')) {
    if (!line) continue;
    const { title } = JSON.parse(line) as { title?: string };
    if (title) titles.add(title);
  }
  return titles;
}

interface Run {
  wall: number;
  reading: number;
  stored: number;
  duplicates: number;
  report: string;
  stops: number;
  workerHeap: number;
  pageHeap: number;
  memory: number;
  /** From the report to the options page's statistics counting the articles (the user's KB built). */
  statsAfter: number;
  /** From a new tab of the fixture article opened after the import to its marks shown (the lookup index over the user's KB built). */
  marksAfter: number;
  cardShowsImported: boolean;
  /** Cold starts once the user's KB is stored built. */
  cold: ColdStart[];
  /** A cold start with the stored copy stale: its marks (not waiting for the build), then the build's time and the worker's peak heap meanwhile. */
  stale: { marks: number; userKb: string; build: number; heap: number };
}

async function importOnce(titles: ReadonlySet<string>): Promise<Run> {
  const server = await serve(join(ROOT, 'tests/e2e/fixtures'));
  const browser = await launchWithExtension(ensureTestBuild());
  const worker = await controlServiceWorker(browser.context, browser.extensionId);
  const processes = await (browser.context.browser()?.newBrowserCDPSession() as Promise<CDPSession>);
  try {
    const before = (await blinkenCard(browser.context, server.url)).titles;
    /** Each figure as it is measured: a run that fails later still tells what it got to. */
    const log = (what: string) => console.log(`import, ${new Date().toISOString().slice(11, 19)}: ${what}`);
    const options = await openOptions(browser);
    const stopper = await workerStopper(options);
    const peaks = { workerHeap: 0, pageHeap: 0, memory: 0 };
    let sampling = true;
    const sample = async () => {
      while (sampling) {
        // A stopped or starting worker has no heap to read: that sample is skipped.
        const [w, p, m] = await Promise.all([
          worker.heapUsed().catch(() => 0),
          stopper.cdp.send('Runtime.getHeapUsage').then(
            (h) => h.usedSize,
            () => 0,
          ),
          browserMemory(processes).catch(() => 0),
        ]);
        peaks.workerHeap = Math.max(peaks.workerHeap, w);
        peaks.pageHeap = Math.max(peaks.pageHeap, p);
        peaks.memory = Math.max(peaks.memory, m);
        await new Promise((wait) => setTimeout(wait, SAMPLE_MS));
      }
    };
    const sampled = sample();
    const start = Date.now();
    await pickFile(options, WORLD_CORPUS);
    if (await waitForProgress(options, 'reading', 20_000, TIMEOUT_MS)) await stopper.stop();
    log('worker stopped while reading');
    const storing = await waitForProgress(options, 'storing', 0, TIMEOUT_MS);
    const reading = Date.now() - start;
    if (storing) await stopper.stop();
    log(`read and staged in ${ms(reading)}; worker stopped as the commit started: ${Boolean(storing)}`);
    const report = await waitForReport(options, TIMEOUT_MS);
    const wall = Date.now() - start;
    log(`report after ${ms(wall)}: ${report.slice(0, 300)}`);
    const { articles: stored, staged } = await storedCounts(options);
    log(`${stored} articles stored, ${staged} staged left; peaks so far ${JSON.stringify(peaks)}`);
    if (staged) throw new Error(`${staged} articles left staged after the import`);
    await options.waitForFunction((n) => document.querySelector('.kb-stats tbody tr:nth-child(2) td')?.textContent === String(n), stored, {
      timeout: TIMEOUT_MS,
    });
    const statsAfter = Date.now() - start - wall;
    log(`options page counts them ${ms(statsAfter)} after the report`);
    const { text: after, titles: shown, marks: marksAfter } = await blinkenCard(browser.context, server.url);
    const stops = stopper.stops();
    log(`card after: ${after.slice(0, 600)}`);
    const duplicates = Number(/([\d,]+) duplicates? within the import/.exec(report)?.[1]?.replaceAll(',', '') ?? 0);
    const cardShowsImported = shown.some((t) => titles.has(t) && !before.includes(t));
    log(`marks after ${ms(marksAfter)}; card shows an imported article: ${cardShowsImported}; peaks ${JSON.stringify(peaks)}`);
    const cold: ColdStart[] = [];
    for (let i = 0; i < COLD_STARTS; i++) {
      cold.push(await coldStart(browser.context, server.url, worker, titles, before));
      log(`cold start ${i + 1}: ${JSON.stringify(cold.at(-1))}`);
    }
    // The stored copy made stale: marks from the bundled KB at once, the user's KB built meanwhile.
    const importPeaks = { ...peaks };
    await worker.stop();
    await changeCorpusBehindWorker(browser.context, browser.extensionId);
    peaks.workerHeap = 0;
    const staleStart = await coldStart(browser.context, server.url, worker, titles, before);
    const built = await waitFor(async () => (await worker.evaluate<UserKbEntry[]>(USER_KB)).find((m) => m.from === 'built'));
    const stale = { marks: staleStart.marks, userKb: staleStart.userKb, build: built.took, heap: peaks.workerHeap };
    log(`stale copy: ${JSON.stringify(stale)}`);
    sampling = false;
    await sampled;
    return {
      wall,
      reading,
      stored,
      duplicates,
      report,
      stops,
      ...importPeaks,
      statsAfter,
      marksAfter,
      cardShowsImported,
      cold,
      stale,
    };
  } finally {
    await processes.detach().catch(() => undefined);
    await worker.close();
    await browser.close();
    await server.close();
  }
}

export async function importFigures(): Promise<Figure[]> {
  if (!existsSync(WORLD_CORPUS)) {
    console.log(`import: skipped, no world corpus at ${WORLD_CORPUS}`);
    return [];
  }
  const titles = worldTitles();
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await importOnce(titles));
  const of = (pick: (r: Run) => number) => median(runs.map(pick));
  const all = (pick: (r: Run) => number | boolean | string) => [...new Set(runs.map(pick))].join(' / ');
  const file = `world corpus (${size(statSync(WORLD_CORPUS).size)}) imported on the options page`;
  return [
    {
      name: `${file}: file picked to report shown, service worker stopped twice on the way`,
      value: ms(of((r) => r.wall)),
      target: '',
      baseline: `reading and staging ${ms(of((r) => r.reading))}; ${runs.length} run${runs.length === 1 ? '' : 's'}`,
      met: null,
    },
    {
      name: `${file}: articles stored / duplicates reported (worker stops: ${all((r) => r.stops)})`,
      value: `${all((r) => r.stored)} / ${all((r) => r.duplicates)}`,
      target: '113,876 / 1',
      baseline: '',
      met: runs.every((r) => r.stored === 113_876 && r.duplicates === 1),
    },
    {
      name: `${file}: peak JS heap of the service worker / of the options page (sampled each ${SAMPLE_MS / 1000} s)`,
      value: `${size(of((r) => r.workerHeap))} / ${size(of((r) => r.pageHeap))}`,
      target: '',
      baseline: '',
      met: null,
    },
    {
      name: `${file}: peak memory of the whole browser (PSS of all its processes)`,
      value: size(of((r) => r.memory)),
      target: '',
      baseline: '',
      met: null,
    },
    {
      name: `${file}: then a new tab of ${ARTICLE} to its marks (the user's KB being built after the import)`,
      value: ms(of((r) => r.marksAfter)),
      target: '',
      baseline: '',
      met: null,
    },
    {
      name: `${file}: then from a stopped worker (cold start) to a new tab's first marks, the user's KB read stored (median of ${COLD_STARTS} cold starts)`,
      value: ms(of((r) => median(r.cold.map((c) => c.marks)))),
      target: '',
      baseline: `each: ${runs.flatMap((r) => r.cold.map((c) => ms(c.marks))).join(', ')}; user's KB ${all((r) => r.cold.map((c) => c.userKb).join('+'))}, ready ${ms(of((r) => median(r.cold.map((c) => c.userKbReady))))} after the worker's start; card lists an imported article: ${all((r) => r.cold.every((c) => c.cardShowsImported))}`,
      met: runs.every((r) => r.cold.every((c) => c.userKb === 'stored' && c.cardShowsImported)),
    },
    {
      name: `${file}: the worker's JS heap as those first marks show (median of ${COLD_STARTS})`,
      value: size(of((r) => median(r.cold.map((c) => c.heap)))),
      target: '',
      baseline: '',
      met: null,
    },
    {
      name: `${file}: a cold start with the stored copy stale: first marks (not waiting), then the user's KB built in the background`,
      value: ms(of((r) => r.stale.marks)),
      target: '',
      baseline: `user's KB at the marks: ${all((r) => r.stale.userKb || 'none yet')}; its build ${ms(of((r) => r.stale.build))}, worker's peak heap meanwhile ${size(of((r) => r.stale.heap))}`,
      met: null,
    },
    {
      name: `${file}: report to the options page counting them (the user's KB built), then a card shows an imported article`,
      value: ms(of((r) => r.statsAfter)),
      target: 'card shows one',
      baseline: `card shows one: ${all((r) => r.cardShowsImported)}`,
      met: runs.every((r) => r.cardShowsImported),
    },
  ];
}

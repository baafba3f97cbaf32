/**
 * What a reader's page pays: the same generated articles (1,000 and 50,000 words) loaded in headless
 * Chromium without and with the extension, side by side in one run (and with an extension whose
 * content script is empty, the floor of any such extension), each read once its main thread has
 * gone quiet. Main-thread task time comes from the DevTools Protocol's Performance domain, long
 * tasks from a PerformanceObserver (after the page's first frame after load the generated page does
 * nothing, so a long task then is the extension's; the long page is then scrolled through, its
 * highlights following the viewport), the most content-script time in one task from
 * traces (extension-time.ts), the time to the first
 * mark from a frame loop watching the shared highlight registry, and hover latency from
 * hover.bench.ts.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { LOCAL_MATCHES } from '../config/news-sites';
import { DEFAULT_SETTINGS } from '../config/settings';
import { ensureTestBuild, launchWithExtension, launchWithoutExtension, serve } from '../tests/e2e/harness';
import { generateArticles } from './corpus/generate';
import { contentScriptTime, mostExtensionTimeInOneTask, TRACE_CATEGORIES, type TraceEvent } from './extension-time';
import { ENTITY_HIGHLIGHTS, hoverLatencies } from './hover.bench';
import { type Figure, ms } from './report';
import { median } from './stats';

const RUNS = 5;
/** Hovers of different marks for the latency figure. */
const HOVERS = 7;
/** A reader flicking through a page: a wheel turn of SCROLL_PX every SCROLL_PAUSE_MS, SCROLL_STEPS times (or to its end). */
const SCROLL_STEPS = 50;
const SCROLL_PX = 900;
const SCROLL_PAUSE_MS = 50;

/**
 * A page is read no sooner than MIN_SETTLE_MS after its load (or its first mark), so both sides
 * count the browser's own background work over about the same time, and only once its main
 * thread worked less than QUIET_MS in the last QUIET_WINDOW_MS (the extension's last answers drawn)...
 */
const MIN_SETTLE_MS = 3000;
const QUIET_MS = 5;
const QUIET_WINDOW_MS = 1000;
/** ...or after this long at most. */
const MAX_SETTLE_MS = 30_000;

/**
 * The floor any extension with a content script pays on a page (its isolated world, its script
 * loaded and run): an extension whose content script is empty, with the same matches and timing
 * as ours, written into `dir`. A service worker too, for the harness to find its id.
 */
export function emptyExtension(dir: string): string {
  const manifest = {
    manifest_version: 3,
    name: 'Empty content script',
    version: '1.0',
    background: { service_worker: 'worker.js' },
    content_scripts: [{ matches: LOCAL_MATCHES, js: ['content.js'], run_at: 'document_idle' }],
  };
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'worker.js'), '');
  writeFileSync(join(dir, 'content.js'), '');
  return dir;
}

/**
 * Records long tasks, the first frame after load (from then on the page itself does nothing, so
 * a long task after it is the extension's) and, when `watchMarks`, the first frame that shows a
 * mark (a frame loop until then: frames the other sides never draw, so runs that watch give no
 * task time); runs before any page script.
 */
const probeScript = (watchMarks: boolean) => `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });
  addEventListener('load', () => requestAnimationFrame(() => requestAnimationFrame(() => { window.__painted = performance.now(); })));
  document.addEventListener('DOMContentLoaded', () => {
    window.__dcl = performance.now();
    const watch = () => { if (CSS.highlights.size && [...CSS.highlights.values()].some((h) => h.size)) window.__firstMark = performance.now(); else requestAnimationFrame(watch); };
    if (${watchMarks}) requestAnimationFrame(watch);
  });
`;

function articlePage(words: number): string {
  const paragraphs: string[] = [];
  let count = 0;
  for (const article of generateArticles(Math.ceil(words / 600) + 1, `page-${words}`)) {
    for (const p of article.text.split('\n\n')) {
      if (count >= words) break;
      paragraphs.push(`<p>${p}</p>`);
      count += p.split(' ').length;
    }
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Generated article</title></head>
<body><header><nav><a href="/">Home</a></nav></header><main><article><h1>Generated article of ${words} words</h1>
${paragraphs.join('\n')}</article></main></body></html>`;
}

/** What a load watches: marks checked once quiet (task time, both sides alike), or timed from DOMContentLoaded (no task time). */
export type Marks = 'none' | 'check' | 'time';

export interface PageRun {
  taskMs: number;
  /** The main thread's CPU time once quiet: unlike task time, not swollen by other processes' load. */
  threadMs: number;
  longestTaskMs: number;
  /** The longest task after the page's first frame after load. */
  longestLaterMs: number;
  firstMarkMs: number | null;
  /**
   * Most content-script time in one task, and that task's length; all its time, by function
   * (traced loads only: tracing's overhead makes their other figures unfit).
   */
  extension: (ReturnType<typeof mostExtensionTimeInOneTask> & ReturnType<typeof contentScriptTime>) | null;
  /** Scrolled once quiet (the marks near the viewport then change all the way): its main-thread task time and longest task. */
  scroll: { taskMs: number; longestMs: number; screens: number } | null;
}

type LongTaskProbe = { __longTasks: { start: number; duration: number }[] };

/** A metric of the page's main thread so far (seconds, DevTools Protocol). */
async function metric(cdp: CDPSession, name: 'TaskDuration' | 'ThreadTime'): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return metrics.find((m) => m.name === name)?.value ?? Number.NaN;
}

/** The page's main-thread task time so far (seconds, wall clock: on a loaded machine it counts the time the thread waited for a core). */
const taskSeconds = (cdp: CDPSession) => metric(cdp, 'TaskDuration');

/** The page's main-thread task time (seconds, DevTools Protocol) once it has gone quiet. */
async function quietTaskSeconds(cdp: CDPSession): Promise<number> {
  const started = Date.now();
  await new Promise((resolve) => setTimeout(resolve, MIN_SETTLE_MS - QUIET_WINDOW_MS));
  let before = await taskSeconds(cdp);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, QUIET_WINDOW_MS));
    const now = await taskSeconds(cdp);
    if ((now - before) * 1000 < QUIET_MS || Date.now() - started > MAX_SETTLE_MS) return now;
    before = now;
  }
}

/** Scrolls `page` down as a reader flicking through it would, and reads the main thread's work until it is quiet again. */
async function scrollOnce(page: Page, cdp: CDPSession): Promise<NonNullable<PageRun['scroll']>> {
  const before = await taskSeconds(cdp);
  const from = await page.evaluate(() => performance.now());
  await page.mouse.move(640, 450);
  for (let i = 0; i < SCROLL_STEPS; i++) {
    await page.mouse.wheel(0, SCROLL_PX);
    await page.waitForTimeout(SCROLL_PAUSE_MS);
  }
  const after = await quietTaskSeconds(cdp);
  const { longest, screens } = await page.evaluate((since) => {
    const tasks = (window as unknown as LongTaskProbe).__longTasks.filter((t) => t.start >= since);
    return { longest: Math.max(0, ...tasks.map((t) => t.duration)), screens: scrollY / innerHeight };
  }, from);
  return { taskMs: (after - before) * 1000, longestMs: longest, screens };
}

export async function loadOnce(context: BrowserContext, url: string, marks: Marks, { trace = false, scroll = false } = {}): Promise<PageRun> {
  const page = await context.newPage();
  await page.addInitScript(probeScript(marks === 'time'));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const traced = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  if (trace) await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'load' });
  if (marks === 'time') await page.waitForFunction(() => (window as unknown as { __firstMark?: number }).__firstMark !== undefined, null, { timeout: 30_000 });
  const loadSeconds = await quietTaskSeconds(cdp);
  const threadSeconds = await metric(cdp, 'ThreadTime');
  if (marks === 'check' && !(await page.evaluate(() => [...CSS.highlights.values()].some((h) => h.size > 0))))
    throw new Error(`no mark on ${url} once its main thread went quiet: the extension did not run`);
  if (trace) await Promise.all([cdp.send('Tracing.end'), traced]);
  const probe = await page.evaluate(() => {
    const w = window as unknown as LongTaskProbe & { __dcl: number; __painted: number; __firstMark?: number };
    const later = w.__longTasks.filter((t) => t.start >= w.__painted);
    return {
      longest: Math.max(0, ...w.__longTasks.map((t) => t.duration)),
      longestLater: Math.max(0, ...later.map((t) => t.duration)),
      firstMark: w.__firstMark === undefined ? null : w.__firstMark - w.__dcl,
    };
  });
  const scrolled = scroll ? await scrollOnce(page, cdp) : null;
  await page.close();
  return {
    taskMs: loadSeconds * 1000,
    threadMs: threadSeconds * 1000,
    longestTaskMs: probe.longest,
    longestLaterMs: probe.longestLater,
    firstMarkMs: probe.firstMark,
    extension: trace ? { ...mostExtensionTimeInOneTask(events), ...contentScriptTime(events) } : null,
    scroll: scrolled,
  };
}

async function runs(context: BrowserContext, url: string, marks: Marks, options?: Parameters<typeof loadOnce>[3]): Promise<PageRun[]> {
  await loadOnce(context, url, marks); // warm-up: caches, the service worker's KB
  const results: PageRun[] = [];
  for (let i = 0; i < RUNS; i++) results.push(await loadOnce(context, url, marks, options));
  return results;
}

/** Milliseconds from the dwell's end to the card on screen, on a fresh load of `url`. */
async function hoverRuns(context: BrowserContext, url: string): Promise<number[]> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction((names) => names.some((name) => (CSS.highlights.get(name)?.size ?? 0) > 0), ENTITY_HIGHLIGHTS, { timeout: 30_000 });
  const samples = await hoverLatencies(page, HOVERS);
  await page.close();
  return samples;
}

export async function pageFigures(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-bench-pages-'));
  const sizes = [1000, 50_000];
  for (const words of sizes) writeFileSync(join(dir, `article-${words}.html`), articlePage(words));
  const server = await serve(dir);
  // All three alike (profile, window, flags) but for the extension loaded.
  const plain = await launchWithoutExtension();
  const empty = await launchWithExtension(emptyExtension(join(dir, 'empty-extension')));
  const withExtension = await launchWithExtension(ensureTestBuild());
  const figures: Figure[] = [];
  try {
    for (const words of sizes) {
      const url = `${server.url}/article-${words}.html`;
      // The long page is scrolled through too, once its task time is read.
      const scroll = words > 1000;
      const without = await runs(plain.context, url, 'none', { scroll });
      const withEmpty = await runs(empty.context, url, 'none');
      const withIt = await runs(withExtension.context, url, 'check', { scroll });
      const traced = (await runs(withExtension.context, url, 'check', { trace: true })).flatMap((r) => r.extension ?? []);
      const base = median(without.map((r) => r.taskMs));
      const extra = median(withIt.map((r) => r.taskMs)) - base;
      const floor = median(withEmpty.map((r) => r.taskMs)) - base;
      const perThousand = extra / (words / 1000);
      const longestWithout = median(without.map((r) => r.longestTaskMs));
      const longestWith = median(withIt.map((r) => r.longestTaskMs));
      const laterWithout = median(without.map((r) => r.longestLaterMs));
      const laterWith = median(withIt.map((r) => r.longestLaterMs));
      const extensionMs = median(traced.map((r) => r.extensionMs));
      const itsTaskMs = median(traced.map((r) => r.taskMs));
      const label = words.toLocaleString('en');
      figures.push(
        {
          name: `extra main-thread work, ${label}-word page (${ms(extra)} in all)`,
          value: `${ms(perThousand)} / 1,000 words`,
          target: '≤ 5 ms / 1,000 words',
          baseline: `without the extension ${ms(base)} of tasks; an extension whose content script is empty adds ${ms(floor)}`,
          met: perThousand <= 5,
        },
        {
          name: `most content-script time in one task, ${label}-word page (trace)`,
          value: ms(extensionMs),
          target: 'no task over 50 ms caused by the extension',
          baseline: `that task ${ms(itsTaskMs)} in all`,
          met: extensionMs <= 50,
        },
        {
          name: `longest task after the page's first frame after load, ${label}-word page (Long Tasks API)`,
          value: ms(laterWith),
          target: 'no task over 50 ms caused by the extension',
          baseline: `without the extension ${ms(laterWithout)}; longest task of any cause, the page's own included: with ${ms(longestWith)}, without ${ms(longestWithout)}`,
          met: laterWith <= 50,
        },
      );
      if (scroll) {
        const scrolledWith = withIt.flatMap((r) => r.scroll ?? []);
        const scrolledWithout = without.flatMap((r) => r.scroll ?? []);
        const screens = median(scrolledWith.map((r) => r.screens));
        const longest = median(scrolledWith.map((r) => r.longestMs));
        figures.push({
          name: `longest task while scrolling through the ${label}-word page (${screens.toFixed(0)} screens, a wheel turn of ${SCROLL_PX} px every ${SCROLL_PAUSE_MS} ms; Long Tasks API)`,
          value: ms(longest),
          target: 'no task over 50 ms caused by the extension',
          baseline: `without the extension ${ms(median(scrolledWithout.map((r) => r.longestMs)))}; main-thread work of the scroll: with ${ms(median(scrolledWith.map((r) => r.taskMs)))}, without ${ms(median(scrolledWithout.map((r) => r.taskMs)))}`,
          met: longest <= 50,
        });
      }
      if (words === 1000) {
        const timed = await runs(withExtension.context, url, 'time');
        const firstMark = median(timed.map((r) => r.firstMarkMs ?? Number.POSITIVE_INFINITY));
        figures.push({
          name: 'first mark after DOMContentLoaded, 1,000-word page',
          value: ms(firstMark),
          target: '≤ 300 ms',
          baseline: '',
          met: firstMark <= 300,
        });
        const hover = median(await hoverRuns(withExtension.context, url));
        figures.push({
          name: `hover: card on screen after the dwell ends, 1,000-word page (${HOVERS} marks)`,
          value: ms(hover),
          target: '≤ 50 ms',
          baseline: `the dwell itself, ${DEFAULT_SETTINGS.hoverDwellMs} ms, not counted`,
          met: hover <= 50,
        });
      }
    }
  } finally {
    await withExtension.close();
    await empty.close();
    await plain.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}

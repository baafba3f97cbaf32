/**
 * What a reader's page pays on real news pages (../shared/pages/real, served on 127.0.0.1 with
 * every other request aborted): each page loaded in headless Chromium with an extension whose
 * content script is empty (the floor of any such extension) and with Backstory, turn about,
 * RUNS times each, read once its main thread has gone quiet (page.bench.ts). The extra
 * main-thread task time per 1,000 words of the page's article (as Readability extracts it), on
 * the median page Backstory reads, and the same in the main thread's CPU time (which the load of
 * other processes does not swell); and, from one trace per page, the most content-script time
 * in one task on any page. Each page's figures are printed too, to see where the time goes.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extensionWithKb } from '../eval/extension-with-kb';
import { ensureTestBuild, launchWithExtension, serve } from '../tests/e2e/harness';
import { abortOtherHosts, articleText, openRealPage, REAL_PAGES, realPageNames } from '../tests/e2e/real-pages';
import { emptyExtension, loadOnce, type PageRun } from './page.bench';
import { type Figure, ms } from './report';
import { median } from './stats';

const RUNS = 3;

/** The words of page `name`'s article, as Readability extracts it. */
const articleWords = (name: string) => articleText(name).split(/\s+/).filter(Boolean).length;

interface PageCost {
  name: string;
  words: number;
  emptyMs: number;
  withMs: number;
  /** The same as the main thread's CPU time. */
  emptyCpuMs: number;
  withCpuMs: number;
  /** With the build of `--base`, when given: task time and CPU time. */
  baseMs: number;
  baseCpuMs: number;
  /** Most content-script time in one task, and all of it (one trace). */
  extensionMs: number;
  scriptMs: number;
}

/**
 * The figures; `kbFile` reads the pages with that KB (a world KB) in place of the bundled one;
 * `baseBuild`, another build of the extension (the test build of an earlier commit, say), is
 * loaded turn about with the other two, for a before and after measured in one run.
 */
export async function realPageFigures(kbFile?: string, baseBuild?: string): Promise<Figure[]> {
  if (!existsSync(REAL_PAGES)) {
    console.log(`real pages: skipped, ${REAL_PAGES} is absent`);
    return [];
  }
  const dir = mkdtempSync(join(tmpdir(), 'backstory-bench-real-'));
  const empty = await launchWithExtension(emptyExtension(join(dir, 'empty-extension')));
  const withIt = await launchWithExtension(kbFile ? await extensionWithKb(ensureTestBuild(), kbFile) : ensureTestBuild());
  const base = baseBuild ? await launchWithExtension(kbFile ? await extensionWithKb(baseBuild, kbFile) : baseBuild) : null;
  for (const browser of [empty, withIt, base]) if (browser) await abortOtherHosts(browser);
  const server = await serve(REAL_PAGES);
  const costs: PageCost[] = [];
  const unread: string[] = [];
  /** The content script's self time by function over every page's trace. */
  const byFunction = new Map<string, number>();
  try {
    for (const name of realPageNames()) {
      const url = `${server.url}/${name}.html`;
      // The warm-up (caches, the service worker's KB) says whether Backstory reads the page at all.
      try {
        const { page } = await openRealPage(withIt, server.url, name, costs.length + unread.length ? 20_000 : 120_000);
        await page.close();
        if (base) await (await openRealPage(base, server.url, name, costs.length + unread.length ? 20_000 : 120_000)).page.close();
      } catch {
        unread.push(name);
        continue;
      }
      await loadOnce(empty.context, url, 'none');
      const emptyRuns: PageRun[] = [];
      const withRuns: PageRun[] = [];
      const baseRuns: PageRun[] = [];
      for (let i = 0; i < RUNS; i++) {
        emptyRuns.push(await loadOnce(empty.context, url, 'none'));
        withRuns.push(await loadOnce(withIt.context, url, 'none'));
        if (base) baseRuns.push(await loadOnce(base.context, url, 'none'));
      }
      const traced = await loadOnce(withIt.context, url, 'none', { trace: true });
      const cost = {
        name,
        words: articleWords(name),
        emptyMs: median(emptyRuns.map((r) => r.taskMs)),
        withMs: median(withRuns.map((r) => r.taskMs)),
        emptyCpuMs: median(emptyRuns.map((r) => r.threadMs)),
        withCpuMs: median(withRuns.map((r) => r.threadMs)),
        baseMs: base ? median(baseRuns.map((r) => r.taskMs)) : Number.NaN,
        baseCpuMs: base ? median(baseRuns.map((r) => r.threadMs)) : Number.NaN,
        extensionMs: traced.extension?.extensionMs ?? Number.NaN,
        scriptMs: traced.extension?.totalMs ?? Number.NaN,
      };
      for (const [fn, spent] of traced.extension?.byFunction ?? []) byFunction.set(fn, (byFunction.get(fn) ?? 0) + spent);
      costs.push(cost);
      const extra = cost.withMs - cost.emptyMs;
      const extraCpu = cost.withCpuMs - cost.emptyCpuMs;
      const baseLine = base ? `; with the base build ${ms(cost.baseMs - cost.emptyMs)} more task time, ${ms(cost.baseCpuMs - cost.emptyCpuMs)} more CPU` : '';
      console.log(
        `${name}: ${cost.words} words; tasks ${ms(cost.emptyMs)} with an empty content script, ${ms(cost.withMs)} with Backstory: ${ms(extra)} more, ${ms(extra / (cost.words / 1000))} / 1,000 words; main-thread CPU ${ms(cost.emptyCpuMs)} and ${ms(cost.withCpuMs)}: ${ms(extraCpu)} more, ${ms(extraCpu / (cost.words / 1000))} / 1,000 words; content script ${ms(cost.scriptMs)} in all, most in one task ${ms(cost.extensionMs)}${baseLine}`,
      );
    }
  } finally {
    await withIt.close();
    await base?.close();
    await empty.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const top = [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 12);
  console.log(`Content script's self time over all traces, by function: ${top.map(([fn, spent]) => `${fn} ${ms(spent)}`).join('; ')}`);
  if (!costs.length) throw new Error(`Backstory read none of the pages of ${REAL_PAGES}`);
  const perThousand = median(costs.map((c) => (c.withMs - c.emptyMs) / (c.words / 1000)));
  const cpuPerThousand = median(costs.map((c) => (c.withCpuMs - c.emptyCpuMs) / (c.words / 1000)));
  const basePerThousand = median(costs.map((c) => (c.baseMs - c.emptyMs) / (c.words / 1000)));
  const baseCpuPerThousand = median(costs.map((c) => (c.baseCpuMs - c.emptyCpuMs) / (c.words / 1000)));
  const baseFigures: Figure[] = base
    ? [
        {
          name: `the same two with the base build (${baseBuild}), loaded turn about in the same run`,
          value: `${ms(basePerThousand)} / 1,000 words of task time, ${ms(baseCpuPerThousand)} / 1,000 words of CPU time`,
          target: '≤ 5 ms / 1,000 words',
          baseline: `this build: ${ms(perThousand)} and ${ms(cpuPerThousand)}`,
          met: baseCpuPerThousand <= 5,
        },
      ]
    : [];
  const worst = costs.reduce((a, b) => (b.extensionMs > a.extensionMs ? b : a));
  const notRead = unread.length ? `; not read, so not counted: ${unread.join(', ')}` : '';
  return [
    {
      name: `extra main-thread work over an empty content script, median real page (${costs.length} of ${costs.length + unread.length} pages read, ${RUNS} runs each${kbFile ? ', world KB' : ''})`,
      value: `${ms(perThousand)} / 1,000 words`,
      target: '≤ 5 ms / 1,000 words',
      baseline: `median page: ${median(costs.map((c) => c.words)).toFixed(0)} words, ${ms(median(costs.map((c) => c.emptyMs)))} of tasks with the empty content script, the content script's own JavaScript ${ms(median(costs.map((c) => c.scriptMs)))} (trace)${notRead}`,
      met: perThousand <= 5,
    },
    {
      name: `extra main-thread CPU time over an empty content script, median real page (the same loads; CPU time is not swollen by other processes' load as task time is)`,
      value: `${ms(cpuPerThousand)} / 1,000 words`,
      target: '≤ 5 ms / 1,000 words',
      baseline: `median page: ${ms(median(costs.map((c) => c.emptyCpuMs)))} of main-thread CPU time with the empty content script`,
      met: cpuPerThousand <= 5,
    },
    ...baseFigures,
    {
      name: `most content-script time in one task, real pages (one trace per page; worst page)`,
      value: ms(worst.extensionMs),
      target: 'no task over 50 ms caused by the extension',
      baseline: `on ${worst.name}; median page ${ms(median(costs.map((c) => c.extensionMs)))}`,
      met: worst.extensionMs <= 50,
    },
  ];
}

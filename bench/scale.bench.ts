/**
 * Building at scale (issue 6, target 5): `backstory build --shards` over seeded generated corpora
 * (bench/corpus/generate.ts, written to a temp dir, never kept), as a user runs it. Articles per
 * second, peak memory (RSS of the whole process, workers included, from GNU time) and KB size,
 * beside the same build on one thread over a smaller corpus in the same run.
 */
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readIndexText } from '../lib/kb/index-text';
import { createShardedKbIndex } from '../lib/kb/sharded-index';
import { shardsFolderOf } from '../lib/kb/shards';
import { tokenize } from '../lib/nlp/tokenize';
import { generateArticles } from './corpus/generate';
import { type Figure, ms, size } from './report';
import { median, timeRuns } from './stats';

const CLI = new URL('../cli/backstory.mjs', import.meta.url).pathname;
/** Issue 6: 100,000 articles in 10 minutes at most on this 2-core machine. */
const TARGET_RATE = 100_000 / 600;
const BASELINE_ARTICLES = 200;
const LOAD_RUNS = 5;

async function writeCorpus(path: string, count: number): Promise<void> {
  const out = createWriteStream(path);
  for (const article of generateArticles(count, `scale-${count}`)) {
    if (!out.write(`${JSON.stringify(article)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

interface BuildRun {
  seconds: number;
  /** CPU seconds of the process and its worker threads (user and system): what the build costs on a machine shared with others. */
  cpuSeconds: number;
  peakRss: number;
  bytes: number;
  indexBytes: number;
  /** Where the KB's index was written. */
  out: string;
}

/** One `backstory build --shards` of `count` generated articles, timed by GNU time (elapsed and CPU seconds, peak RSS). */
async function build(dir: string, count: number, threads: number): Promise<BuildRun> {
  const corpus = join(dir, `corpus-${count}.jsonl`);
  await writeCorpus(corpus, count);
  const out = join(dir, `kb-${count}-${threads}.json`);
  const timeFile = join(dir, 'time.txt');
  execFileSync('/usr/bin/time', ['-f', '%e %M %U %S', '-o', timeFile, 'node', CLI, 'build', corpus, '--out', out, '--shards', '--threads', String(threads)], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, CI: '1' },
  });
  const [seconds, kilobytes, user, system] = (await readFile(timeFile, 'utf8')).trim().split(/\s+/).map(Number);
  const folder = shardsFolderOf(out);
  let bytes = (await stat(out)).size;
  for (const f of await readdir(folder)) bytes += (await stat(join(folder, f))).size;
  await rm(corpus);
  return {
    seconds: seconds as number,
    cpuSeconds: (user as number) + (system as number),
    peakRss: (kilobytes as number) * 1024,
    bytes,
    indexBytes: (await stat(out)).size,
    out,
  };
}

/**
 * Articles per second that compromise's tagging alone allows one thread (lib/nlp/tokenize.ts over
 * the baseline's articles, in this process): the part of every build that no code of ours skips.
 */
function taggingRate(count: number): number {
  const texts = [...generateArticles(count, `scale-${count}`)].map((a) => a.text);
  const start = performance.now();
  for (const text of texts) tokenize(text);
  return count / ((performance.now() - start) / 1000);
}

/**
 * The built KB loaded as the background loads a sharded KB (its index parsed and indexed; shards
 * wait for cards), beside JSON.parse of the same index as one JSON line. Unlike the synthetic KB of
 * background.bench.ts, this one holds the events a corpus of news gives.
 */
async function loadFigure(run: BuildRun, count: number): Promise<Figure> {
  const text = await readFile(run.out, 'utf8');
  const noShards = async (): Promise<never> => {
    throw new Error('the load bench reads no shard');
  };
  const load = median(await timeRuns(LOAD_RUNS, () => createShardedKbIndex(readIndexText(text), noShards)));
  // The index as one JSON line, as it was written before index-text.ts.
  const json = JSON.stringify(readIndexText(text));
  const parse = median(await timeRuns(LOAD_RUNS, () => JSON.parse(json)));
  return {
    name: `load the KB of ${count.toLocaleString('en')} generated articles, sharded: its index (${size(run.indexBytes)}), in node`,
    value: ms(load),
    target: count >= 100_000 ? '≤ 500 ms (a 100,000-entity KB)' : '',
    baseline: `JSON.parse of the same index as JSON ${ms(parse)}`,
    met: count >= 100_000 ? load <= 500 : null,
  };
}

/** Figures of builds of each of `counts` articles on every core, with the one-thread baseline. */
export async function scaleFigures(counts: readonly number[]): Promise<Figure[]> {
  const dir = await mkdtemp(join(tmpdir(), 'backstory-scale-'));
  try {
    const threads = availableParallelism();
    const base = await build(dir, BASELINE_ARTICLES, 1);
    const baseRate = BASELINE_ARTICLES / base.seconds;
    const tagging = taggingRate(BASELINE_ARTICLES);
    const figures: Figure[] = [];
    for (const count of counts) {
      const run = await build(dir, count, threads);
      const rate = count / run.seconds;
      figures.push({
        name:
          `build ${count.toLocaleString('en')} generated articles (~600 words) on ${threads} threads: peak RSS ${size(run.peakRss)}, KB ${size(run.bytes)} ` +
          `(index ${size(run.indexBytes)}), ${(count / run.cpuSeconds).toFixed(1)} articles per CPU-second`,
        value: `${rate.toFixed(1)} articles/s (${(run.seconds / 60).toFixed(1)} min)`,
        target: `≥ ${TARGET_RATE.toFixed(0)} articles/s (100,000 in ≤ 10 min)`,
        baseline:
          `1 thread, ${BASELINE_ARTICLES} articles: ${baseRate.toFixed(1)} articles/s, peak RSS ${size(base.peakRss)}; ` +
          `compromise's tagging alone (lib/nlp/tokenize.ts), 1 thread: ${tagging.toFixed(1)} articles/s`,
        met: rate >= TARGET_RATE,
      });
      figures.push(await loadFigure(run, count));
    }
    return figures;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Step one of the build on every core: articles go to a pool of worker threads (tinypool) in
 * batches; a worker extracts a batch's KB states and merges them, and the batches' states are
 * merged here as they come back. Merging is associative and commutative, so neither the grouping
 * nor the order workers finish in matters; at most a few batches per thread are in flight, so
 * memory holds the merged state, not the corpus. A batch, not an article, per task: with the
 * world corpus's short articles, the per-task costs (tinypool reads the worker's memory use after
 * every task; every state is copied between threads) held a fifth of the workers' profiled time.
 */
import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import type { Article, ReadProblem } from '../lib/corpus/article';
import type { BatchResult } from '../lib/kb/extract';
import type { KbState } from '../lib/kb/kb-state';
import { createStateMerger } from '../lib/kb/merge-states';
import type { JsonlLine } from './article-stream';
import { type ExtractTask, taskProblems } from './extract-task';
import { bundledModule } from './worker-bundle';

const IN_FLIGHT_PER_THREAD = 2;
/**
 * A worker's young generation: 32 MB semi-spaces (with their large-object space, three times
 * that), twice V8's default. A batch's parses are short-lived; extracting 5,000 world articles in
 * one thread took 65 scavenges instead of 123.
 */
const YOUNG_GENERATION_MB = 96;
/** A batch ends at this many characters of text or `BATCH_ARTICLES` articles, whichever comes first. */
const BATCH_CHARS = 32_000;
const BATCH_ARTICLES = 64;

export interface PoolOptions {
  /** Called with how many articles' states were just merged. */
  onArticles?: (count: number) => void;
  /** An article whose extraction failed, or a JSONL line that is not one: reported, and the build goes on. */
  onProblem: (p: ReadProblem) => void;
}

/** A task and how many articles it holds at most (a JSONL block: its non-blank lines). */
interface Batch {
  task: ExtractTask;
  articles: number;
}

/**
 * Articles and JSONL lines in batches: a JSONL file's lines in blocks of consecutive lines (read
 * into articles by the workers), other files' articles as they are.
 */
async function* batches(parts: AsyncIterable<Article | JsonlLine>): AsyncGenerator<Batch> {
  let articles: Article[] = [];
  let block: { jsonl: string; first: number; lines: string[] } | null = null;
  let [count, chars] = [0, 0];
  function* flush(): Generator<Batch> {
    if (articles.length) yield { task: { articles }, articles: count };
    if (block) yield { task: { jsonl: block.jsonl, first: block.first, lines: block.lines.join('\n') }, articles: count };
    [articles, block, count, chars] = [[], null, 0, 0];
  }
  for await (const part of parts) {
    if ('jsonl' in part) {
      if (articles.length || (block && (block.jsonl !== part.jsonl || block.first + block.lines.length !== part.line))) yield* flush();
      block ??= { jsonl: part.jsonl, first: part.line, lines: [] };
      block.lines.push(part.raw);
      chars += part.raw.length;
      if (part.raw.trim()) count++;
    } else {
      if (block) yield* flush();
      articles.push(part);
      chars += part.text.length;
      count++;
    }
    if (chars >= BATCH_CHARS || count >= BATCH_ARTICLES) yield* flush();
  }
  yield* flush();
}

/** A pool of extracting threads, started before the corpus is read (`startExtractPool`). */
export interface ExtractPool {
  /** The corpus's states merged; the pool ends with it. */
  extract(parts: AsyncIterable<Article | JsonlLine>, options: PoolOptions): Promise<KbState>;
  /** Ends a pool that will extract nothing. */
  destroy(): Promise<void>;
}

/**
 * Starts the threads, which load their module (a second or two) while the caller loads the
 * modules of the build's other steps and counts the articles: started after those, they kept
 * both cores idle for as long.
 */
export function startExtractPool(threads = availableParallelism()): ExtractPool {
  const starting = bundledModule(new URL('./extract-worker.ts', import.meta.url)).then(
    (filename) => new Tinypool({ filename, minThreads: threads, maxThreads: threads, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }),
  );
  // A bundle that fails is thrown where the pool is awaited, not as an unhandled rejection before.
  starting.catch(() => {});
  return {
    extract: async (parts, options) => extractInPool(await starting, threads, parts, options),
    destroy: async () => (await starting).destroy(),
  };
}

async function extractInPool(pool: Tinypool, threads: number, parts: AsyncIterable<Article | JsonlLine>, options: PoolOptions): Promise<KbState> {
  const merger = createStateMerger();
  const inFlight = new Set<Promise<void>>();
  try {
    for await (const { task, articles } of batches(parts)) {
      const run: Promise<void> = pool
        .run(task)
        .then(
          ({ states, failed }: BatchResult) => {
            for (const state of states) merger.add(state);
            failed.forEach(options.onProblem);
          },
          (error: unknown) => {
            const message = `cannot extract: ${error instanceof Error ? error.message : String(error)}`;
            taskProblems(task, message).forEach(options.onProblem);
          },
        )
        .finally(() => {
          inFlight.delete(run);
          options.onArticles?.(articles);
        });
      inFlight.add(run);
      if (inFlight.size >= threads * IN_FLIGHT_PER_THREAD) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } catch (error) {
    await pool.destroy();
    throw error;
  }
  // The workers end while the state is merged and finalized: they are done, and waiting for
  // their ends kept the main thread idle for half a second of the single-threaded tail. Their
  // results are all in, so an error in ending them loses nothing.
  pool.destroy().catch(() => {});
  return merger.state();
}

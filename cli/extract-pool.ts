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
  threads?: number;
  /** Called with how many articles' states were just merged. */
  onArticles?: (count: number) => void;
  /** An article whose extraction failed: reported, and the build goes on. */
  onProblem: (p: ReadProblem) => void;
}

/**
 * Articles in batches. An article named like one already in the batch starts the next: two
 * states of one article must meet in the merge, which refuses them.
 */
async function* batches(articles: AsyncIterable<Article>): AsyncGenerator<Article[]> {
  let batch: Article[] = [];
  let chars = 0;
  const files = new Set<string>();
  for await (const article of articles) {
    if (files.has(article.file)) {
      yield batch;
      [batch, chars] = [[], 0];
      files.clear();
    }
    batch.push(article);
    files.add(article.file);
    chars += article.text.length;
    if (chars >= BATCH_CHARS || batch.length >= BATCH_ARTICLES) {
      yield batch;
      [batch, chars] = [[], 0];
      files.clear();
    }
  }
  if (batch.length) yield batch;
}

export async function extractInPool(articles: AsyncIterable<Article>, options: PoolOptions): Promise<KbState> {
  const threads = options.threads ?? availableParallelism();
  const pool = new Tinypool({
    filename: new URL('./extract-worker.mjs', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  const merger = createStateMerger();
  const inFlight = new Set<Promise<void>>();
  try {
    for await (const batch of batches(articles)) {
      const task: Promise<void> = pool
        .run(batch)
        .then(
          ({ state, failed }: BatchResult) => {
            merger.add(state);
            failed.forEach(options.onProblem);
          },
          (error: unknown) => {
            const message = `cannot extract: ${error instanceof Error ? error.message : String(error)}`;
            for (const article of batch) options.onProblem({ file: article.file, message });
          },
        )
        .finally(() => {
          inFlight.delete(task);
          options.onArticles?.(batch.length);
        });
      inFlight.add(task);
      if (inFlight.size >= threads * IN_FLIGHT_PER_THREAD) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    await pool.destroy();
  }
  return merger.state();
}

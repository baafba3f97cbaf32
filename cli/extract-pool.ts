/**
 * Step one of the build on every core: articles go to a pool of worker threads (tinypool) that
 * extract their KB states, merged here as they come back. Merging is commutative, so the order
 * workers finish in does not matter; at most a few articles per thread are in flight, so memory
 * holds the merged state, not the corpus.
 */
import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import type { Article, ReadProblem } from '../lib/corpus/article';
import type { KbState } from '../lib/kb/kb-state';
import { createStateMerger } from '../lib/kb/merge-states';

const IN_FLIGHT_PER_THREAD = 4;

export interface PoolOptions {
  threads?: number;
  /** Called as each article's state is merged. */
  onArticle?: () => void;
  /** An article whose extraction failed: reported, and the build goes on. */
  onProblem: (p: ReadProblem) => void;
}

export async function extractInPool(articles: AsyncIterable<Article>, options: PoolOptions): Promise<KbState> {
  const threads = options.threads ?? availableParallelism();
  const pool = new Tinypool({ filename: new URL('./extract-worker.mjs', import.meta.url).href, minThreads: threads, maxThreads: threads });
  const merger = createStateMerger();
  const inFlight = new Set<Promise<void>>();
  try {
    for await (const article of articles) {
      const task: Promise<void> = pool
        .run(article)
        .then(
          (state: KbState) => merger.add(state),
          (error: unknown) => options.onProblem({ file: article.file, message: `cannot extract: ${error instanceof Error ? error.message : String(error)}` }),
        )
        .finally(() => {
          inFlight.delete(task);
          options.onArticle?.();
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

/**
 * Articles → knowledge base, in the two steps a cluster can run apart: `extractArticle` per
 * article, then `mergeStates` (associative and commutative) and `finalizeKb`. Pure and
 * deterministic: the same articles give the same KB, in any order and grouping.
 */
import type { Article } from '../corpus/article';
import { extractArticle } from './extract';
import { finalizeKb } from './finalize';
import { createStateMerger } from './merge-states';
import { packKb } from './packed';
import type { Kb } from './schema';

export function buildKb(articles: readonly Article[]): Kb {
  // A fold of mergeStates over the articles' states, without re-sorting the growing state after each article.
  const merger = createStateMerger();
  for (const article of articles) merger.add(extractArticle(article));
  return finalizeKb(merger.state());
}

/** The KB as the bytes written to disk: packed (packed.ts) compact JSON and a final newline. */
export function serializeKb(kb: Kb): string {
  return `${JSON.stringify(packKb(kb))}\n`;
}

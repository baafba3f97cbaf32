/** Step one of the build: one article → its KB state (what the KB needs from it), with no knowledge of any other article. */
import type { Article, ReadProblem } from '../corpus/article';
import { documentRecord } from './document-record';
import { observationState } from './entity-state';
import { observeEvents } from './event-observe';
import { KB_STATE_VERSION, type KbState } from './kb-state';
import { createStateMerger } from './merge-states';
import { type NameResolver, observe } from './observe';

/** One article's observations, not yet merged: an entity state for each mention. */
function articleObservations(article: Article, resolver?: NameResolver): KbState {
  const clauses = observeEvents(article);
  return {
    version: KB_STATE_VERSION,
    documents: [documentRecord(article)],
    entities: observe(article, resolver).map(observationState),
    events: clauses.length ? [[article.file, clauses]] : [],
  };
}

/** With `resolver`, the article's names are resolved against a KB it is read against (observe.ts). */
export function extractArticle(article: Article, resolver?: NameResolver): KbState {
  const merger = createStateMerger();
  merger.add(articleObservations(article, resolver));
  return merger.state();
}

/** Articles' merged state, and the ones whose extraction threw (left out, the others kept). */
export interface BatchResult {
  state: KbState;
  failed: ReadProblem[];
}

/** A batch of articles → their merged state: a build worker's task (cli/extract-pool.ts), one message per batch. */
export function extractBatch(articles: readonly Article[]): BatchResult {
  const merger = createStateMerger();
  const failed: ReadProblem[] = [];
  // Each article's observations go straight into the batch's merge, not through a merged and
  // sorted state of their own first: merging is associative, so the batch's state is the same.
  for (const article of articles) {
    let state: KbState;
    try {
      state = articleObservations(article);
    } catch (error) {
      failed.push({ file: article.file, message: `cannot extract: ${error instanceof Error ? error.message : String(error)}` });
      continue;
    }
    merger.add(state);
  }
  return { state: merger.state(), failed };
}

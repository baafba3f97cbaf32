/** Step one of the build: one article → its KB state (what the KB needs from it), with no knowledge of any other article. */
import type { Article, ReadProblem } from '../corpus/article';
import { documentRecord } from './document-record';
import { observationState } from './entity-state';
import { observeEvents } from './event-observe';
import { KB_STATE_VERSION, type KbState } from './kb-state';
import { createStateMerger } from './merge-states';
import { type NameResolver, observe } from './observe';

/** With `resolver`, the article's names are resolved against a KB it is read against (observe.ts). */
export function extractArticle(article: Article, resolver?: NameResolver): KbState {
  const clauses = observeEvents(article);
  const merger = createStateMerger();
  merger.add({
    version: KB_STATE_VERSION,
    documents: [documentRecord(article)],
    entities: observe(article, resolver).map(observationState),
    events: clauses.length ? [[article.file, clauses]] : [],
  });
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
  for (const article of articles) {
    let state: KbState;
    try {
      state = extractArticle(article);
    } catch (error) {
      failed.push({ file: article.file, message: `cannot extract: ${error instanceof Error ? error.message : String(error)}` });
      continue;
    }
    merger.add(state);
  }
  return { state: merger.state(), failed };
}

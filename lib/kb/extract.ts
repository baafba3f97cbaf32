/** Step one of the build: one article → its KB state (what the KB needs from it), with no knowledge of any other article. */
import type { Article, ReadProblem } from '../corpus/article';
import { forgetParsedLines } from '../nlp/parse-line';
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

/** Articles' merged states, and the ones whose extraction threw (left out, the others kept). */
export interface BatchResult {
  /** One state, or more when an article is named like one before it in the batch (`extractBatch`). */
  states: KbState[];
  failed: ReadProblem[];
}

/**
 * A batch of articles → their merged state: a build worker's task (cli/extract-pool.ts), one
 * message per batch. An article named like one already in the state starts another state: two
 * articles of one name must meet in the build's merge, which refuses them.
 */
export function extractBatch(articles: readonly Article[]): BatchResult {
  const states: KbState[] = [];
  const failed: ReadProblem[] = [];
  let merger = createStateMerger();
  const files = new Set<string>();
  // Each article's observations go straight into the batch's merge, not through a merged and
  // sorted state of their own first: merging is associative, so the batch's state is the same.
  for (const article of articles) {
    let state: KbState;
    try {
      state = articleObservations(article);
    } catch (error) {
      failed.push({ file: article.file, message: `cannot extract: ${error instanceof Error ? error.message : String(error)}` });
      continue;
    } finally {
      // An article's lines are parsed again only within it (its body for events, then for
      // entities); kept past it, they are garbage the young generation copies (forgetParsedLines).
      forgetParsedLines();
    }
    if (files.has(article.file)) {
      states.push(merger.state());
      merger = createStateMerger();
      files.clear();
    }
    files.add(article.file);
    merger.add(state);
  }
  if (files.size) states.push(merger.state());
  return { states, failed };
}

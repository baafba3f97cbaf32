/** Step one of the build: one article → its KB state (what the KB needs from it), with no knowledge of any other article. */
import type { Article } from '../corpus/article';
import { documentRecord } from './document-record';
import { observationState } from './entity-state';
import { observeEvents } from './event-observe';
import { KB_STATE_VERSION, type KbState } from './kb-state';
import { createStateMerger } from './merge-states';
import { observe } from './observe';

export function extractArticle(article: Article): KbState {
  const clauses = observeEvents(article);
  const merger = createStateMerger();
  merger.add({
    version: KB_STATE_VERSION,
    documents: [documentRecord(article)],
    entities: observe(article).map(observationState),
    events: clauses.length ? [[article.file, clauses]] : [],
  });
  return merger.state();
}

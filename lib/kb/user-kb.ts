/**
 * The user's own KB, built from what each of their articles contributes: each article's KB
 * state is extracted once, when it is added, and stored beside it; the user's KB is the stored
 * states merged and finalized, so adding or removing one article runs no NLP over the others.
 */
import type { Article } from '../corpus/article';
import { extractArticle } from './extract';
import { finalizeKb } from './finalize';
import { KB_STATE_VERSION, type KbState } from './kb-state';
import { createStateMerger } from './merge-states';
import type { NameResolver } from './observe';
import { KB_VERSION, type Kb } from './schema';

/** What one article contributes to the KB, as stored (plain JSON). */
export type ArticleState = KbState;

/**
 * The version a stored state was made for: a state of another version (an update changed the KB
 * or state schema) is extracted again from the stored article.
 */
export const ARTICLE_STATE_VERSION = `kb ${KB_VERSION}, state ${KB_STATE_VERSION}`;

/** The state of one article, its names resolved against the bundled KB when `resolver` reads it (lib/match/kb-resolver.ts). */
export function articleState(article: Article, resolver?: NameResolver): ArticleState {
  return extractArticle(article, resolver);
}

/** The KB of the given article states, or null when there are none. */
export function userKb(states: readonly ArticleState[]): Kb | null {
  if (!states.length) return null;
  const merger = createStateMerger();
  for (const state of states) merger.add(state);
  return finalizeKb(merger.state());
}

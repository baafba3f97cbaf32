/**
 * The user's own KB, built from what each of their articles contributes. Each article's state is
 * computed once, when it is added, and stored beside it; the user's KB is the states combined.
 * States carry KB_VERSION: one of another version is rebuilt from the stored text.
 *
 * Until the build is split into per-article states (extract, merge, finalize), an article's state
 * is the read article itself and combining them is a build over them.
 */
import type { Article } from '../corpus/article';
import { buildKb } from './build';
import type { Kb } from './schema';

/** What one article contributes to the KB, as stored (plain JSON). */
export type ArticleState = Article;

/** The state of one article. */
export function articleState(article: Article): ArticleState {
  return article;
}

/** The KB of the given article states, or null when there are none. */
export function userKb(states: readonly ArticleState[]): Kb | null {
  return states.length ? buildKb(states) : null;
}

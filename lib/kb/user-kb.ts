/**
 * The user's own KB, built from what each of their articles contributes: each article's KB
 * state is extracted once, when it is added, and stored beside it; the user's KB is the stored
 * states merged and finalized, so adding or removing one article runs no NLP over the others.
 */
import type { Article } from '../corpus/article';
import { runSteps, type Steps } from '../steps';
import { extractArticle } from './extract';
import { finalizeKbSteps } from './finalize';
import { KB_STATE_VERSION, type KbState } from './kb-state';
import { createStateMerger } from './merge-states';
import type { NameResolver } from './observe';
import { KB_VERSION, type Kb } from './schema';
import { SHARDED_LAYOUT } from './shards';

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

/**
 * The user's KB built from states added a few at a time (in any order: merging is commutative), so
 * a caller may yield between them; `kb()` is null when none was added, and `kbSteps()` the same in
 * steps (lib/steps.ts).
 */
export function userKbBuilder(): { add(state: ArticleState): void; kb(): Kb | null; kbSteps(): Steps<Kb | null> } {
  const merger = createStateMerger();
  let count = 0;
  function* kbSteps(): Steps<Kb | null> {
    return count ? yield* finalizeKbSteps(merger.state()) : null;
  }
  return {
    add(state) {
      merger.add(state);
      count++;
    },
    kb: () => runSteps(kbSteps()),
    kbSteps,
  };
}

/** The KB of the given article states, or null when there are none. */
export function userKb(states: readonly ArticleState[]): Kb | null {
  const builder = userKbBuilder();
  for (const state of states) builder.add(state);
  return builder.kb();
}

/**
 * The layout of the user's KB as the extension stores it built (a sharded KB, shards.ts): another
 * layout, or KB or state schema, makes every stored copy stale.
 */
export const USER_KB_FORMAT = `user kb 1 (${SHARDED_LAYOUT}), ${ARTICLE_STATE_VERSION}`;

/**
 * What a stored user KB was built from, as one key: a copy whose key is not the current one is
 * never read. `corpus`: the corpus's version, bumped with every change of its articles;
 * `states`: the version its states are computed for (the state schema and the KB names were
 * resolved against); `build`: the extension's version, since its code builds the KB.
 */
export const userKbKey = ({ corpus, states, build }: { corpus: number; states: string; build: string }): string =>
  `${USER_KB_FORMAT}; states ${states}; build ${build}; corpus ${corpus}`;

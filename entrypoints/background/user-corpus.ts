/**
 * The background's user corpus: the one store, the index lookups see (the bundled KB with the
 * user's KB layered over it), and imports staged until the options page commits them.
 */
import type { Browser } from 'wxt/browser';
import type { KbIndex } from '~/lib/kb/kb-index';
import { layerIndexes } from '~/lib/kb/layer';
import type { Kb } from '~/lib/kb/schema';
import { IMPORT_PORT_PREFIX } from '~/lib/messages';
import type { AddResult, UserArticle } from '~/lib/user-corpus/user-article';
import { loadKb } from './kb';
import { type StoredState, USER_DB_NAME } from './user-db';
import { createUserStore } from './user-store';

export const userStore = createUserStore(USER_DB_NAME);

let user: Promise<Kb | null> | null = null;
let layered: Promise<KbIndex> | null = null;

/** The user's KB (null without articles), built once after each change. */
export function userKb(): Promise<Kb | null> {
  user ??= userStore.kb().catch((error: unknown) => {
    user = null;
    throw error;
  });
  return user;
}

/** The index every lookup uses: bundled plus user, rebuilt only after the user's corpus changed. */
export function lookupIndex(): Promise<KbIndex> {
  layered ??= Promise.all([loadKb(), userKb()])
    .then(([base, user]) => layerIndexes(base, user))
    .catch((error: unknown) => {
      layered = null;
      throw error;
    });
  return layered;
}

/** After any change to the user's corpus: the next lookup sees it. */
function changed<T>(result: T): T {
  user = null;
  layered = null;
  return result;
}

export const addArticles = async (articles: readonly UserArticle[]): Promise<AddResult> => changed(await userStore.add(articles));
export const removeArticle = async (id: string): Promise<boolean> => changed(await userStore.remove(id));

/**
 * Imports in progress: the options page sends its files' articles in parts (each part's KB
 * states computed as it comes, for the progress bar), then commits. Until the commit nothing is
 * stored, so an import abandoned halfway (the page closed, an error) leaves the corpus as it was.
 */
const staged = new Map<string, Map<string, { article: UserArticle; state: StoredState }>>();

/** Stages a part of an import (an article met twice counts once, the later one); returns how many are staged. */
export function stageImport(importId: string, articles: readonly UserArticle[]): number {
  const batch = staged.get(importId) ?? new Map();
  for (const article of articles) batch.set(article.id, { article, state: userStore.stateOf(article) });
  staged.set(importId, batch);
  return batch.size;
}

export async function commitImport(importId: string): Promise<AddResult> {
  const batch = staged.get(importId);
  if (!batch) throw new Error('This import was interrupted (Backstory restarted): nothing was added. Import the files again.');
  staged.delete(importId);
  const items = [...batch.values()];
  return changed(
    await userStore.addComputed(
      items.map((i) => i.article),
      items.map((i) => i.state),
    ),
  );
}

export function abandonImport(importId: string): void {
  staged.delete(importId);
}

/**
 * Ties an import to the page running it: when the page goes (closed, reloaded, crashed) its port
 * disconnects and what it staged is dropped, so it can never be committed half done.
 */
export function holdImport(port: Browser.runtime.Port): void {
  if (!port.name.startsWith(IMPORT_PORT_PREFIX)) return;
  port.onDisconnect.addListener(() => abandonImport(port.name.slice(IMPORT_PORT_PREFIX.length)));
}

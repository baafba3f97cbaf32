/**
 * Imports in progress: the options page sends its files' articles in parts (each part's KB
 * states computed as it comes, so the progress bar follows the real work), then commits. Until
 * the commit nothing is stored, so an import abandoned halfway (the page closed, an error)
 * leaves the corpus as it was. Takes its store, so tests and the import bench run it in node.
 */
import type { CommitResult } from '~/lib/user-corpus/import-report';
import type { UserArticle } from '~/lib/user-corpus/user-article';
import type { StoredState } from './user-db';
import type { UserStore } from './user-store';

export function createImportStaging(store: Pick<UserStore, 'statesOf' | 'addComputed'>) {
  const staged = new Map<string, Map<string, { article: UserArticle; state: StoredState }>>();
  return {
    /** Stages a part of an import (an article met twice, same id, is staged once); returns how many are staged. */
    async stage(importId: string, articles: readonly UserArticle[]): Promise<number> {
      const batch = staged.get(importId) ?? new Map();
      const fresh = [...new Map(articles.filter((a) => !batch.has(a.id)).map((a) => [a.id, a])).values()];
      const states = await store.statesOf(fresh);
      for (const [i, article] of fresh.entries()) batch.set(article.id, { article, state: states[i] as StoredState });
      staged.set(importId, batch);
      return batch.size;
    },

    /** Stores what the import staged, in one transaction; articles stored already are kept as they were. */
    async commit(importId: string): Promise<CommitResult> {
      const batch = staged.get(importId);
      if (!batch) throw new Error('This import was interrupted (Backstory restarted): nothing was added. Import the files again.');
      staged.delete(importId);
      const items = [...batch.values()];
      return store.addComputed(
        items.map((i) => i.article),
        items.map((i) => i.state),
      );
    },

    abandon(importId: string): void {
      staged.delete(importId);
    },
  };
}

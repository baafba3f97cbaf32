/**
 * Imports in progress, staged in IndexedDB (user-db.ts) so that the browser may stop the service
 * worker at any time: between two requests of an import, or in the middle of one. The options
 * page begins an import, sends its files' articles in parts (each part's KB states computed as it
 * comes, so the progress bar follows the real work), then commits it a chunk at a time, each
 * chunk one short request and one transaction. Every request may be sent again after the
 * background was stopped: a part is staged by article id, and a chunk moves staged articles and
 * adds to the import's stored counts in the same transaction. Until the commit starts nothing is
 * stored, so an import abandoned (cancelled, its page closed) leaves the corpus as it was; once
 * it has started, the commit is finished, by the page or else by the background itself.
 * Takes its store, so tests run it in node.
 */
import type { CommitStep } from '~/lib/user-corpus/import-report';
import type { UserArticle } from '~/lib/user-corpus/user-article';
import { storageError } from './storage-error';
import { bumpCorpus, type ImportRecord, type StoredState } from './user-db';
import type { UserStore } from './user-store';

/** Staged articles a commit request moves: a few MB in one transaction, well within any time limit of the worker. */
export const COMMIT_CHUNK = 1000;

/** Every staged key of an import: arrays sort after strings, so [id, []] is above [id, any article id]. */
const stagedOf = (importId: string) => IDBKeyRange.bound([importId], [importId, []]);

const interrupted = () => new Error('This import was interrupted (Backstory restarted): nothing was added. Import the files again.');

/** Aborts a transaction that failed (unless the browser did), and waits for its end. */
async function abandon(tx: { abort(): void; done: Promise<void> }): Promise<void> {
  try {
    tx.abort();
  } catch {
    // Already ended: the browser aborted it.
  }
  await tx.done.catch(() => undefined);
}

/** `held(importId)`: whether the page running that import is still there (its port connected). */
export function createImportStaging(store: Pick<UserStore, 'db' | 'statesOf'>, held: (importId: string) => boolean) {
  /** Drops an import that has not started its commit: its record and what it staged. */
  async function drop(importId: string): Promise<void> {
    const tx = (await store.db()).transaction(['imports', 'staged'], 'readwrite');
    const record = await tx.objectStore('imports').get(importId);
    if (record && !record.committing) await Promise.all([tx.objectStore('imports').delete(importId), tx.objectStore('staged').delete(stagedOf(importId))]);
    await tx.done;
  }

  /** One chunk of an import's commit, in one transaction; what it stored so far, and how many articles are left. */
  async function commitChunk(importId: string): Promise<CommitStep> {
    const tx = (await store.db()).transaction(['imports', 'staged', 'articles', 'states', 'meta'], 'readwrite');
    try {
      const record = await tx.objectStore('imports').get(importId);
      if (!record) throw interrupted();
      const staged = tx.objectStore('staged');
      // One more than a chunk: whether any is left after it, without counting them (a count walks every key).
      const read = await staged.getAll(stagedOf(importId), COMMIT_CHUNK + 1);
      const chunk = read.slice(0, COMMIT_CHUNK);
      const known = await Promise.all(chunk.map((s) => tx.objectStore('articles').getKey(s.id)));
      const fresh = chunk.filter((_, i) => known[i] === undefined);
      const next: ImportRecord = {
        ...record,
        committing: true,
        added: record.added + fresh.length,
        alreadyStored: record.alreadyStored + chunk.length - fresh.length,
      };
      const writes: Promise<unknown>[] = fresh.flatMap((s) => [tx.objectStore('articles').put(s.article), tx.objectStore('states').put(s.state)]);
      // The chunk is the first staged keys in order: the range from its first to its last holds no other.
      const [first, last] = [chunk[0], chunk.at(-1)];
      if (first && last) writes.push(staged.delete(IDBKeyRange.bound([importId, first.id], [importId, last.id])));
      if (fresh.length) writes.push(bumpCorpus(tx));
      await Promise.all([...writes, tx.objectStore('imports').put(next)]);
      await tx.done;
      return { added: next.added, alreadyStored: next.alreadyStored, done: read.length <= COMMIT_CHUNK };
    } catch (error) {
      await abandon(tx);
      throw storageError(error, 'the import stopped. Remove articles or free disk space, then import the files again.');
    }
  }

  /**
   * Commits the rest of an import whose commit started, its page gone: chunk after chunk, until none
   * is left. False when none was left (a finished import's record stays until the next begins).
   */
  async function finish(importId: string): Promise<boolean> {
    if ((await (await store.db()).getKey('staged', stagedOf(importId))) === undefined) return false;
    while (!(await commitChunk(importId)).done);
    return true;
  }

  return {
    /**
     * Begins an import. Imports left behind by pages that went while the background was stopped
     * are dropped first (or finished, when their commit had started: then it gives true).
     */
    async begin(importId: string): Promise<boolean> {
      const db = await store.db();
      const left = (await db.getAll('imports')).filter((r) => r.importId !== importId && !held(r.importId));
      let finished = false;
      for (const { importId: other, committing } of left) {
        if (committing) finished = (await finish(other)) || finished;
        if (committing) await db.delete('imports', other);
        else await drop(other);
      }
      await db.put('imports', { importId, committing: false, added: 0, alreadyStored: 0 });
      return finished;
    },

    /** Stages a part of an import (an article staged twice, same id, is staged once). */
    async stage(importId: string, articles: readonly UserArticle[]): Promise<void> {
      const states = await store.statesOf(articles);
      const tx = (await store.db()).transaction(['imports', 'staged'], 'readwrite');
      try {
        const record = await tx.objectStore('imports').get(importId);
        if (!record) throw interrupted();
        if (record.committing) throw new Error('This import is being stored: it takes no more articles.');
        const staged = tx.objectStore('staged');
        await Promise.all(articles.map((article, i) => staged.put({ importId, id: article.id, article, state: states[i] as StoredState })));
        await tx.done;
      } catch (error) {
        await abandon(tx);
        throw storageError(error);
      }
    },

    /** Stores the next chunk of what the import staged (articles stored already are kept as they were); `done` once all are. */
    commit: commitChunk,

    /** The import was cancelled, or its page went: dropped if its commit has not started, finished if it has (true when that stored any). */
    async release(importId: string): Promise<boolean> {
      const record = await (await store.db()).get('imports', importId);
      if (record?.committing) return finish(importId);
      await drop(importId);
      return false;
    },

    /**
     * After the background starts: finishes the commits a stopped background left halfway (true when there were any). Their
     * records stay (the page may still ask for the last chunk's counts) until the next import begins.
     */
    async resume(): Promise<boolean> {
      let finished = false;
      for (const r of await (await store.db()).getAll('imports')) if (r.committing) finished = (await finish(r.importId)) || finished;
      return finished;
    },
  };
}

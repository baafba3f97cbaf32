/**
 * The user's corpus: articles added from pages or imported, and what each contributes to the KB.
 * Every change is one IndexedDB transaction over articles and states together, so a failure
 * (a full disk, a closed browser) leaves the corpus as it was. Uses IndexedDB only (no extension
 * API), so it runs in node over fake-indexeddb for tests.
 */

import { indexBlob, readIndexBlob } from '~/lib/kb/index-text';
import type { NameResolver } from '~/lib/kb/observe';
import type { Kb } from '~/lib/kb/schema';
import type { ShardedIndex } from '~/lib/kb/shards';
import { ARTICLE_STATE_VERSION, articleState, userKbBuilder } from '~/lib/kb/user-kb';
import { runStepsPausing } from '~/lib/steps';
import { type AddResult, toArticle, type UserArticle, type UserArticleSummary } from '~/lib/user-corpus/user-article';
import { storageError } from './storage-error';
import { bumpCorpus, corpusVersion, openUserDb, STORED_KB_INDEX, type StoredKbIndex, type StoredState, type UserDb } from './user-db';

/** States read from the store at a time while the KB is built: about 1.5 MB of a news corpus's. */
const READ_BATCH = 1000;
/** Articles whose states are computed again at a time (each runs the NLP over its text). */
const REBUILD_BATCH = 100;

/**
 * A request of a transaction whose outcome is `tx.done`'s: once one request fails the transaction
 * aborts and every other request rejects too, so each request's own rejection is handled here.
 */
const quiet = <T>(request: Promise<T>) => {
  request.catch(() => undefined);
  return request;
};

/** What a full disk costs when the built KB cannot be stored. */
export const KB_NOT_KEPT =
  'it could not be saved built, so Backstory builds it again at each start (pages show their marks without your articles until it is built). Nothing of your articles is lost: remove articles or free disk space.';

/**
 * `resolver` gives what the articles' names are resolved against (the bundled KB, so an added
 * article's "Secretary Blinken" is the bundled Antony Blinken); none in tests that need no KB.
 */
export function createUserStore(name: string, resolver: () => Promise<NameResolver | undefined> = async () => undefined) {
  /** The version a state computed now has: the state schema's and what names were resolved against. */
  const versionOf = (known: NameResolver | undefined) => (known ? `${ARTICLE_STATE_VERSION}; ${known.id}` : ARTICLE_STATE_VERSION);

  /** What each article contributes to the KB. */
  async function statesOf(articles: readonly UserArticle[]): Promise<StoredState[]> {
    const known = await resolver();
    return articles.map((article) => ({ id: article.id, version: versionOf(known), state: articleState(toArticle(article), known) }));
  }

  let opening: Promise<UserDb> | null = null;
  const db = () => {
    opening ??= openUserDb(name, () => {
      opening = null;
    }).catch((error: unknown) => {
      opening = null;
      throw error;
    });
    return opening;
  };

  /**
   * Writes articles with their states in one transaction: all of them, or (on any error) none.
   * One stored already (same id) is replaced. Returns how many were stored already.
   */
  async function write(articles: readonly UserArticle[], states: readonly StoredState[]): Promise<number> {
    const tx = (await db()).transaction(['articles', 'states', 'meta'], 'readwrite');
    try {
      const known = await Promise.all(articles.map((a) => quiet(tx.objectStore('articles').getKey(a.id))));
      for (const a of articles) quiet(tx.objectStore('articles').put(a));
      for (const s of states) quiet(tx.objectStore('states').put(s));
      quiet(bumpCorpus(tx));
      await tx.done;
      return known.filter((k) => k !== undefined).length;
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // Already ended: the browser aborted it.
      }
      await tx.done.catch(() => undefined);
      throw storageError(error);
    }
  }

  return {
    /** Adds (or replaces, by id) articles, computing what each contributes first: all are stored, or none. */
    async add(articles: readonly UserArticle[]): Promise<AddResult> {
      const replaced = await write(articles, await statesOf(articles));
      return { added: articles.length - replaced, replaced };
    },

    statesOf,

    /** The open database, for the imports staged in it (import-staging.ts). */
    db,

    /** Removes an article and what it contributed; false when it was not stored. */
    async remove(id: string): Promise<boolean> {
      const tx = (await db()).transaction(['articles', 'states', 'meta'], 'readwrite');
      const known = await tx.objectStore('articles').getKey(id);
      if (known === undefined) {
        await tx.done;
        return false;
      }
      await Promise.all([tx.objectStore('articles').delete(id), tx.objectStore('states').delete(id), bumpCorpus(tx), tx.done]);
      return true;
    },

    async article(id: string): Promise<UserArticle | undefined> {
      return (await db()).get('articles', id);
    },

    /** Every article, oldest first. */
    async articles(): Promise<UserArticle[]> {
      return (await db()).getAllFromIndex('articles', 'addedAt');
    },

    /** The list the options page shows, newest first. */
    async summaries(): Promise<UserArticleSummary[]> {
      const all = await this.articles();
      return all.reverse().map(({ id, title, source, date, url, addedAt }) => ({ id, title, source, date, url, addedAt }));
    },

    /**
     * The user's KB from the stored states, or null without articles. States that are missing or
     * of another version (an update changed the KB or state schema, or the bundled KB) are rebuilt from the articles' text
     * and stored again first; the articles themselves are never touched. Read and merged a batch at
     * a time (`batch` states) and finalized in steps, `pause` awaited between them: the caller lets other work run there, or throws to stop.
     */
    async kb(pause: () => Promise<void> = async () => undefined, batch = READ_BATCH): Promise<Kb | null> {
      const store = await db();
      const version = versionOf(await resolver());
      // The articles' keys only: their text (45 MB for 100,000 news items) is read only for a state to rebuild.
      const ids = new Set(await store.getAllKeys('articles'));
      const builder = userKbBuilder();
      const merged = new Set<string>();
      // States come in key order, a batch after the last key read (merging is commutative: any order gives the same KB).
      for (let after: string | undefined; ; ) {
        const states = await store.getAll('states', after === undefined ? undefined : IDBKeyRange.lowerBound(after, true), batch);
        for (const s of states) {
          if (s.version !== version || !ids.has(s.id)) continue;
          builder.add(s.state);
          merged.add(s.id);
        }
        after = states.at(-1)?.id;
        if (states.length < batch) break;
        await pause();
      }
      const missing = [...ids].filter((id) => !merged.has(id));
      for (let at = 0; at < missing.length; at += REBUILD_BATCH) {
        await pause();
        const read = store.transaction('articles');
        const stale = (await Promise.all(missing.slice(at, at + REBUILD_BATCH).map((id) => read.store.get(id)))).filter((a) => a !== undefined);
        const rebuilt = await statesOf(stale);
        const tx = store.transaction(['articles', 'states'], 'readwrite');
        // Only for articles still stored: one removed meanwhile gets no state back. (A state brought
        // to the current version changes no KB of that version: the corpus's version stays.)
        const still = await Promise.all(rebuilt.map((s) => tx.objectStore('articles').getKey(s.id)));
        await Promise.all([...rebuilt.filter((_, i) => still[i] !== undefined).map((s) => tx.objectStore('states').put(s)), tx.done]);
        for (const s of rebuilt) builder.add(s.state);
      }
      return runStepsPausing(builder.kbSteps(), pause);
    },

    /** The corpus's version: bumped by every change of its articles (user-db.ts `bumpCorpus`). */
    corpusVersion: async () => corpusVersion((await db()).transaction('meta').store),

    /** The version states computed now have (what a stored KB's key names). */
    stateVersion: async () => versionOf(await resolver()),

    /** The index of the user's KB stored under `key` (lib/kb/user-kb.ts userKbKey); null for a KB of no articles, undefined when none of that key is stored. */
    async storedKb(key: string | Promise<string>): Promise<ShardedIndex | null | undefined> {
      // The record is read while the key is worked out (a cold worker's bundled KB loads meanwhile); its Blob only for that key.
      const [stored, wanted] = await Promise.all([db().then((d) => d.get('kb', STORED_KB_INDEX) as Promise<StoredKbIndex | undefined>), key]);
      if (stored?.key !== wanted) return undefined;
      return stored.index && readIndexBlob(stored.index);
    },

    /** A file of the stored KB's shards folder (shards.ts shardFileNames), parsed. */
    async kbFile(file: string): Promise<unknown> {
      const text = await (await db()).get('kb', file);
      if (typeof text !== 'string') throw new Error(`The stored knowledge base of your articles has no ${file}: it is being built again.`);
      return JSON.parse(text);
    },

    /**
     * Stores the user's KB built for corpus version `corpus`, under `key`, replacing the one stored:
     * its index, and its shards folder's files as JSON text (`files`); `index` null for no articles.
     * All of it or nothing, and only while the corpus is still of that version (false when it changed
     * meanwhile: this KB is stale already).
     */
    async keepKb(corpus: number, key: string, index: ShardedIndex | null, files: readonly (readonly [string, string])[]): Promise<boolean> {
      const tx = (await db()).transaction(['meta', 'kb'], 'readwrite');
      try {
        if ((await corpusVersion(tx.objectStore('meta'))) !== corpus) {
          await tx.done;
          return false;
        }
        const kb = tx.objectStore('kb');
        quiet(kb.clear());
        quiet(kb.put({ key, index: index && indexBlob(index) }, STORED_KB_INDEX));
        for (const [file, text] of files) quiet(kb.put(text, file));
        await tx.done;
        return true;
      } catch (error) {
        try {
          tx.abort();
        } catch {
          // Already ended: the browser aborted it.
        }
        await tx.done.catch(() => undefined);
        throw storageError(error, KB_NOT_KEPT);
      }
    },
  };
}

export type UserStore = ReturnType<typeof createUserStore>;

/**
 * The user's corpus: articles added from pages or imported, and what each contributes to the KB.
 * Every change is one IndexedDB transaction over articles and states together, so a failure
 * (a full disk, a closed browser) leaves the corpus as it was. Uses IndexedDB only (no extension
 * API), so it runs in node over fake-indexeddb for tests.
 */
import type { NameResolver } from '~/lib/kb/observe';
import type { Kb } from '~/lib/kb/schema';
import { ARTICLE_STATE_VERSION, articleState, userKb } from '~/lib/kb/user-kb';
import { type AddResult, toArticle, type UserArticle, type UserArticleSummary } from '~/lib/user-corpus/user-article';
import { storageError } from './storage-error';
import { openUserDb, type StoredState, type UserDb } from './user-db';

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
    const tx = (await db()).transaction(['articles', 'states'], 'readwrite');
    // Once one request fails the transaction aborts and every other request rejects too: the
    // outcome is `tx.done`'s, so each request's own rejection is handled here.
    const quiet = <T>(request: Promise<T>) => {
      request.catch(() => undefined);
      return request;
    };
    try {
      const known = await Promise.all(articles.map((a) => quiet(tx.objectStore('articles').getKey(a.id))));
      for (const a of articles) quiet(tx.objectStore('articles').put(a));
      for (const s of states) quiet(tx.objectStore('states').put(s));
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
      const tx = (await db()).transaction(['articles', 'states'], 'readwrite');
      const known = await tx.objectStore('articles').getKey(id);
      await Promise.all([tx.objectStore('articles').delete(id), tx.objectStore('states').delete(id), tx.done]);
      return known !== undefined;
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
     * and stored again first; the articles themselves are never touched.
     */
    async kb(): Promise<Kb | null> {
      const store = await db();
      // The articles' keys only: their text (45 MB for 100,000 news items) is read only for a state to rebuild.
      const [ids, states] = await Promise.all([store.getAllKeys('articles'), store.getAll('states')]);
      const version = versionOf(await resolver());
      const current = new Map(states.filter((s) => s.version === version).map((s) => [s.id, s]));
      const missing = ids.filter((id) => !current.has(id));
      if (missing.length) {
        const read = store.transaction('articles');
        const stale = (await Promise.all(missing.map((id) => read.store.get(id)))).filter((a) => a !== undefined);
        const rebuilt = await statesOf(stale);
        const tx = store.transaction(['articles', 'states'], 'readwrite');
        // Only for articles still stored: one removed meanwhile gets no state back.
        const still = await Promise.all(rebuilt.map((s) => tx.objectStore('articles').getKey(s.id)));
        await Promise.all([...rebuilt.filter((_, i) => still[i] !== undefined).map((s) => tx.objectStore('states').put(s)), tx.done]);
        for (const s of rebuilt) current.set(s.id, s);
      }
      // States without an article (none should be) are left out; sorted by id for a deterministic KB.
      ids.sort();
      return userKb(ids.flatMap((id) => current.get(id)?.state ?? []));
    },
  };
}

export type UserStore = ReturnType<typeof createUserStore>;

/**
 * The IndexedDB database of the user's own corpus (through idb). The background is its one owner;
 * pages and the popup reach it only through messages. Versioned from the start: each migration
 * brings the schema one version up, so a database from any earlier release opens.
 */
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';
import type { ArticleState } from '~/lib/kb/user-kb';
import type { CommitResult } from '~/lib/user-corpus/import-report';
import { type UserArticle, userArticleId } from '~/lib/user-corpus/user-article';

export const USER_DB_NAME = 'backstory-user-corpus';

/** What an article contributes to the KB, with the version it was computed for (another version is rebuilt from the text). */
export interface StoredState {
  id: string;
  /** ARTICLE_STATE_VERSION when it was computed, with what its names were resolved against (user-store.ts). */
  version: string;
  state: ArticleState;
}

export interface UserCorpusSchema extends DBSchema {
  /** The articles themselves: the corpus, never derived from anything. */
  articles: { key: string; value: UserArticle; indexes: { addedAt: number } };
  /** Derived data, one per article, same key: rebuilt whenever it is missing or of another version. */
  states: { key: string; value: StoredState };
  /** Imports under way (import-staging.ts): what each has stored so far, kept here so a restarted background goes on counting. */
  imports: { key: string; value: ImportRecord };
  /** Articles an import read, with their states, until its commit moves them to `articles` and `states`. */
  staged: { key: [string, string]; value: StagedArticle };
  /** `corpus`: the corpus's version, a counter every transaction that changes `articles` or `states` bumps (`bumpCorpus`). */
  meta: { key: string; value: number };
  /**
   * The user's KB as last built, sharded (lib/kb/shards.ts) as a pack is stored (pack-store.ts): under
   * `STORED_KB_INDEX` its key (lib/kb/user-kb.ts `userKbKey`) and its index's text as a Blob, under
   * each file name of its shards folder that file's JSON text. Derived data, replaced whole.
   */
  kb: { key: string; value: StoredKbIndex | string };
}

/** What `kb` holds under `STORED_KB_INDEX`. */
export interface StoredKbIndex {
  /** What the KB was built from (userKbKey): a copy of another key is never read. */
  key: string;
  /** The index's text (index-text.ts); null for a corpus of no articles (no KB). */
  index: Blob | null;
}

/** The stored KB's index in the `kb` store: not a file name of a shards folder (those end in .json). */
export const STORED_KB_INDEX = 'index';
const CORPUS_VERSION = 'corpus';

/** An import under way: begun, and once its commit has started, what the commit stored so far. */
export interface ImportRecord extends CommitResult {
  importId: string;
  /** Whether its commit has started: from then on it is finished, never dropped, even if its page goes. */
  committing: boolean;
}

/** An article an import staged, with what it contributes to the KB (computed as it was staged). */
export interface StagedArticle {
  importId: string;
  id: string;
  article: UserArticle;
  state: StoredState;
}

export type UserDb = IDBPDatabase<UserCorpusSchema>;
type UpgradeTransaction = IDBPTransaction<UserCorpusSchema, StoreNames<UserCorpusSchema>[], 'versionchange'>;

/**
 * Moves every article to the id `userArticleId` gives it now, dropping the state stored under its
 * old id (the KB rebuilds it from the text on its next read). No article is lost: version 1 kept
 * one article per URL, so no two of them can meet at one new id.
 */
async function rekeyArticles(tx: UpgradeTransaction): Promise<void> {
  const articles = tx.objectStore('articles');
  const states = tx.objectStore('states');
  for (const article of await articles.getAll()) {
    const id = userArticleId(article.url, article.text);
    if (id === article.id) continue;
    await Promise.all([articles.delete(article.id), states.delete(article.id), articles.put({ ...article, id })]);
  }
}

/** Migration `i` brings a database at version `i` to version `i + 1`. Never change one that shipped: add one. */
const MIGRATIONS: ((db: UserDb, tx: UpgradeTransaction) => void | Promise<void>)[] = [
  (db) => {
    db.createObjectStore('articles', { keyPath: 'id' }).createIndex('addedAt', 'addedAt');
    db.createObjectStore('states', { keyPath: 'id' });
  },
  // Version 2: an article's id became its URL *and* text (version 1 keyed it by URL alone).
  (_db, tx) => rekeyArticles(tx),
  // Version 3: imports are staged here, not in the background's memory, so a restarted background goes on with them.
  (db) => {
    db.createObjectStore('imports', { keyPath: 'importId' });
    db.createObjectStore('staged', { keyPath: ['importId', 'id'] });
  },
  // Version 4: the corpus's version and the user's KB stored built, so a worker's start need not build it.
  (db) => {
    db.createObjectStore('meta');
    db.createObjectStore('kb');
  },
];

/** A readwrite transaction over `meta` among its stores. */
type MetaWriter = IDBPTransaction<UserCorpusSchema, StoreNames<UserCorpusSchema>[], 'readwrite'>;

/**
 * Bumps the corpus's version, in the transaction that changes `articles` or `states` (which must
 * cover `meta`): a KB stored for the version before is never read again.
 */
export async function bumpCorpus(tx: MetaWriter): Promise<number> {
  const meta = tx.objectStore('meta');
  const next = (await corpusVersion(meta)) + 1;
  await meta.put(next, CORPUS_VERSION);
  return next;
}

/** The corpus's version (0 for a database no change has bumped yet), read from the `meta` store of some transaction. */
export async function corpusVersion(meta: { get(key: string): Promise<number | undefined> }): Promise<number> {
  return (await meta.get(CORPUS_VERSION)) ?? 0;
}

/** The schema version this code writes. */
export const USER_DB_VERSION = MIGRATIONS.length;

/**
 * Opens (creating or migrating) the database. `onClose` runs when this connection has to go: a
 * newer version (an update in another context) or a deletion waits for it, so it closes at once
 * and the next use opens it again.
 */
export function openUserDb(name: string, onClose: () => void): Promise<UserDb> {
  return openDB<UserCorpusSchema>(name, USER_DB_VERSION, {
    // Only the upgrade transaction's own requests are awaited here, so it stays open throughout.
    async upgrade(db, oldVersion, _newVersion, tx) {
      for (let version = oldVersion; version < USER_DB_VERSION; version++) await MIGRATIONS[version]?.(db, tx);
    },
    blocking() {
      onClose();
    },
    terminated: onClose,
  }).then((db) => {
    // idb's `blocking` hands no db; close the connection it belongs to.
    db.addEventListener('versionchange', () => db.close());
    return db;
  });
}

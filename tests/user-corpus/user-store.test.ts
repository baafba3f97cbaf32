import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createImportStaging } from '../../entrypoints/background/import-staging';
import { storageError } from '../../entrypoints/background/storage-error';
import { createUserStore, KB_NOT_KEPT } from '../../entrypoints/background/user-store';
import { readText } from '../../lib/corpus/read-text';
import { DOCUMENT_TABLE_FILE, shardFiles, toShards } from '../../lib/kb/shards';
import { ARTICLE_STATE_VERSION } from '../../lib/kb/user-kb';
import { toUserArticle, type UserArticle } from '../../lib/user-corpus/user-article';
import { userStory } from './user-story';

let name = '';
let n = 0;
beforeEach(() => {
  name = `test-corpus-${++n}`;
});

const story = () => toUserArticle(userStory(), 100);
const note = (i: number, addedAt = 200 + i, url: string | null = null) =>
  toUserArticle(
    {
      ...readText(
        `note-${i}.txt`,
        `Harbour fees rise again\n\nPort officials in Gdansk raised fees on Monday for the ${i}th time, said Ewa Nowak of the Baltic Port Board.`,
      ),
      url,
    },
    addedAt,
  );
const entityIds = async (store: ReturnType<typeof createUserStore>) => (await store.kb())?.entities.map((e) => e.id) ?? [];

describe('the user store', () => {
  it('adds an article with what it contributes, once per URL and text, and removing it takes that away', async () => {
    const store = createUserStore(name);
    expect(await store.kb()).toBeNull();
    expect(await store.add([story()])).toEqual({ added: 1, replaced: 0 });
    expect(await entityIds(store)).toContain('marta-lindqvist');
    expect(await store.add([{ ...story(), addedAt: 300 }])).toEqual({ added: 0, replaced: 1 });
    expect((await store.summaries()).map((s) => s.title)).toEqual(['Allies weigh joint patrols after talks in Tokyo']);
    await store.add([note(1)]);
    expect(await entityIds(store)).toEqual(expect.arrayContaining(['marta-lindqvist', 'gdansk']));
    expect(await store.remove(story().id)).toBe(true);
    expect(await entityIds(store)).not.toContain('marta-lindqvist');
    expect(await entityIds(store)).toContain('gdansk');
    expect(await store.remove(story().id)).toBe(false);
  });

  it('writes all of a batch or none of it: a failure at article 5 of 10 keeps the corpus as it was', async () => {
    const store = createUserStore(name);
    await store.add([story()]);
    const batch: UserArticle[] = Array.from({ length: 10 }, (_, i) => note(i));
    // An article IndexedDB cannot store (a function in it): the write fails there.
    (batch[4] as unknown as { broken: unknown }).broken = () => undefined;
    await expect(store.add(batch)).rejects.toThrow();
    expect((await store.articles()).map((a) => a.id)).toEqual([story().id]);
    expect(await entityIds(store)).not.toContain('gdansk');
  });

  it('rebuilds what articles contribute when the KB version changed, keeping every article (a store written by an older release)', async () => {
    const old = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('articles', { keyPath: 'id' }).createIndex('addedAt', 'addedAt');
        db.createObjectStore('states', { keyPath: 'id' });
      },
    });
    const articles = [story(), note(1), note(2)];
    for (const a of articles) {
      await old.put('articles', a);
      await old.put('states', { id: a.id, version: 'kb 1, state 0', state: { entities: 'an older layout' } });
    }
    old.close();

    const store = createUserStore(name);
    expect((await store.articles()).map((a) => a.id)).toEqual(articles.map((a) => a.id));
    expect(await entityIds(store)).toEqual(expect.arrayContaining(['marta-lindqvist', 'gdansk', 'ewa-nowak']));
    const check = await openDB(name);
    expect((await check.getAll('states')).map((s) => s.version)).toEqual(Array(3).fill(ARTICLE_STATE_VERSION));
    check.close();
  });

  it('moves articles stored by URL alone (version 1) to their URL-and-text ids, keeping each and rebuilding what it contributes', async () => {
    const old = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('articles', { keyPath: 'id' }).createIndex('addedAt', 'addedAt');
        db.createObjectStore('states', { keyPath: 'id' });
      },
    });
    const articles = [story(), note(1)];
    const byUrl = articles.map((a, i) => ({ ...a, id: `user:by-url-${i}` }));
    for (const a of byUrl) {
      await old.put('articles', a);
      await old.put('states', { id: a.id, version: ARTICLE_STATE_VERSION, state: { entities: 'keyed by the old id' } });
    }
    old.close();

    const store = createUserStore(name);
    expect((await store.articles()).map((a) => a.id)).toEqual(articles.map((a) => a.id));
    expect(await store.article(byUrl[0]?.id ?? '')).toBeUndefined();
    expect(await entityIds(store)).toEqual(expect.arrayContaining(['marta-lindqvist', 'gdansk']));
    const check = await openDB(name);
    expect((await check.getAllKeys('states')).sort()).toEqual(articles.map((a) => a.id).sort());
    check.close();
  });

  it('keeps articles that share a URL but not their text; a page added again is one article', async () => {
    const store = createUserStore(name);
    const url = 'https://portal.example/2024-03-01';
    expect(await store.add([1, 2, 3].map((i) => note(i, 200, url)))).toEqual({ added: 3, replaced: 0 });
    expect(await store.add([note(1, 400, url)])).toEqual({ added: 0, replaced: 1 });
    expect(await store.articles()).toHaveLength(3);
  });

  it('bumps the corpus version with every change of its articles, and with nothing else', async () => {
    const store = createUserStore(name);
    expect(await store.corpusVersion()).toBe(0);
    await store.add([story()]);
    expect(await store.corpusVersion()).toBe(1);
    await store.add([story()]);
    expect(await store.corpusVersion()).toBe(2);
    await store.kb();
    expect(await store.remove('user:none')).toBe(false);
    expect(await store.corpusVersion()).toBe(2);
    expect(await store.remove(story().id)).toBe(true);
    expect(await store.corpusVersion()).toBe(3);
    // An import's commit chunk that stores articles bumps it in its own transaction.
    const staging = createImportStaging(store, () => true);
    await staging.begin('i');
    await staging.stage('i', [note(1), note(2)]);
    expect(await store.corpusVersion()).toBe(3);
    expect((await staging.commit('i')).done).toBe(true);
    expect(await store.corpusVersion()).toBe(4);
    // A failed add stores nothing and bumps nothing.
    await expect(store.add([{ ...note(3), broken: () => undefined } as unknown as UserArticle])).rejects.toThrow();
    expect(await store.corpusVersion()).toBe(4);
  });

  it('builds the same KB a batch of states at a time and in steps, and stops where `pause` throws', async () => {
    const store = createUserStore(name);
    await store.add([story(), ...Array.from({ length: 6 }, (_, i) => note(i))]);
    const whole = await store.kb();
    let pauses = 0;
    expect(await store.kb(async () => void pauses++, 2)).toEqual(whole);
    // Three between the four batches of states, then between the steps of finalizing them.
    expect(pauses).toBeGreaterThan(3);
    const stop = new Error('changed');
    await expect(
      store.kb(async () => {
        throw stop;
      }, 2),
    ).rejects.toBe(stop);
  });

  it('keeps a built KB under its key, all of it or none, and only while the corpus is the one it was built from', async () => {
    const store = createUserStore(name);
    await store.add([story()]);
    const kb = await store.kb();
    const sharded = toShards(kb as NonNullable<typeof kb>);
    const files = shardFiles(sharded).map(([file, content]) => [file, JSON.stringify(content)] as const);
    expect(await store.keepKb(1, 'key 1', sharded.index, files)).toBe(true);
    expect(await store.storedKb('key 0')).toBeUndefined();
    expect((await store.storedKb('key 1'))?.id).toBe(sharded.index.id);
    expect(await store.kbFile(DOCUMENT_TABLE_FILE)).toEqual(JSON.parse(JSON.stringify(sharded.table)));
    // Built for corpus version 1 while the corpus went on to 2: stale already, not stored.
    await store.add([note(1)]);
    expect(await store.keepKb(1, 'key 1b', null, [])).toBe(false);
    expect((await store.storedKb('key 1'))?.id).toBe(sharded.index.id);
    // A write that fails halfway (a value IndexedDB cannot store) leaves the copy before whole.
    const broken = [...files, ['extra.json', (() => undefined) as unknown as string] as const];
    await expect(store.keepKb(2, 'key 2', sharded.index, broken)).rejects.toThrow();
    expect((await store.storedKb('key 1'))?.id).toBe(sharded.index.id);
    expect(await store.kbFile(DOCUMENT_TABLE_FILE)).toBeTruthy();
    // No articles: a KB of none is stored as such, and the files before are gone.
    expect(await store.keepKb(2, 'key 2', null, [])).toBe(true);
    expect(await store.storedKb('key 2')).toBeNull();
    await expect(store.kbFile(DOCUMENT_TABLE_FILE)).rejects.toThrow(/has no documents\.json/);
    expect(storageError(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }), KB_NOT_KEPT).message).toMatch(
      /no more room .* Nothing of your articles is lost/,
    );
  });

  it('says plainly when storage is full', () => {
    const full = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    expect(storageError(full).message).toMatch(/no more room .* nothing was added/);
  });
});

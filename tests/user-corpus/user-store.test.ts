import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createUserStore, storageError } from '../../entrypoints/background/user-store';
import { readText } from '../../lib/corpus/read-text';
import { ARTICLE_STATE_VERSION } from '../../lib/kb/user-kb';
import { toUserArticle, type UserArticle } from '../../lib/user-corpus/user-article';
import { userStory } from './user-story';

let name = '';
let n = 0;
beforeEach(() => {
  name = `test-corpus-${++n}`;
});

const story = () => toUserArticle(userStory(), 100);
const note = (i: number, addedAt = 200 + i) =>
  toUserArticle(
    readText(
      `note-${i}.txt`,
      `Harbour fees rise again\n\nPort officials in Gdansk raised fees on Monday for the ${i}th time, said Ewa Nowak of the Baltic Port Board.`,
    ),
    addedAt,
  );
const entityIds = async (store: ReturnType<typeof createUserStore>) => (await store.kb())?.entities.map((e) => e.id) ?? [];

describe('the user store', () => {
  it('adds an article with what it contributes, once per URL, and removing it takes that away', async () => {
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

  it('says plainly when storage is full', () => {
    const full = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    expect(storageError(full).message).toMatch(/no more room .* nothing was added/);
  });
});

/**
 * Pages marked while the user's KB was being built are read again once it is
 * (entrypoints/background/reread-after-build.ts), over the real user layer and fake-indexeddb.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createRereadAfterBuild, type MarkedFrame } from '../../entrypoints/background/reread-after-build';
import { createUserLayer } from '../../entrypoints/background/user-layer';
import { createUserStore } from '../../entrypoints/background/user-store';
import { readText } from '../../lib/corpus/read-text';
import { toUserArticle } from '../../lib/user-corpus/user-article';
import { userStory } from './user-story';

let n = 0;
/** A worker's user layer over a database of its own, holding `articles` and no stored KB. */
async function coldLayer(articles: number) {
  const store = createUserStore(`test-reread-${++n}`);
  const note = (i: number) =>
    toUserArticle(readText(`note-${i}.txt`, `Quay fees rise\n\nEwa Nowak of the Baltic Port Board said fees rose for the ${i}th time.`), 300 + i);
  if (articles) await store.add([toUserArticle(userStory(), 300), ...Array.from({ length: articles - 1 }, (_, i) => note(i))]);
  return createUserLayer(store, '1.0', async () => undefined);
}

const frame = (tabId: number, frameId = 0, host = 'news.example'): MarkedFrame => ({ tabId, frameId, host });

/** The frames asked to read their page again, and a promise settled when `count` were asked. */
function recorder(count: number) {
  const asked: MarkedFrame[] = [];
  let done: () => void = () => {};
  const all = new Promise<void>((resolve) => {
    done = resolve;
  });
  const reread = async (f: MarkedFrame) => {
    asked.push(f);
    if (asked.length === count) done();
  };
  return { asked, all, reread };
}

describe('pages marked while the user KB was built', () => {
  it('are read again once it is built, each frame once, with its host', async () => {
    const layer = await coldLayer(2);
    // A cold worker with no stored copy: lookups answer without the user's KB while it is built.
    expect(await layer.now()).toBeUndefined();
    const { asked, all, reread } = recorder(3);
    const rereads = createRereadAfterBuild(() => layer.built(), reread);
    rereads.markedWithoutUser(frame(1));
    rereads.markedWithoutUser(frame(1));
    rereads.markedWithoutUser(frame(1, 4, 'ads.example'));
    rereads.markedWithoutUser(frame(2));
    await all;
    expect(asked).toEqual([frame(1), frame(1, 4, 'ads.example'), frame(2)]);
    expect((await layer.now())?.value?.counts.articles).toBe(2);
  });

  it('are not read again when the built KB holds no article, nor when the build failed; the next build is waited for afresh', async () => {
    const empty = await coldLayer(0);
    const none = recorder(1);
    createRereadAfterBuild(() => empty.built(), none.reread).markedWithoutUser(frame(1));
    expect(await empty.built()).toBeNull();

    const outcomes = [Promise.reject(new Error('disk gone')), Promise.resolve('a KB')];
    const failing = recorder(1);
    const rereads = createRereadAfterBuild(() => outcomes.shift() ?? Promise.resolve(null), failing.reread);
    rereads.markedWithoutUser(frame(7));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(failing.asked).toEqual([]);
    rereads.markedWithoutUser(frame(8));
    await failing.all;
    expect(failing.asked).toEqual([frame(8)]);
    expect(none.asked).toEqual([]);
  });
});

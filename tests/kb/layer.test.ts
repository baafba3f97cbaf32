import { describe, expect, it } from 'vitest';
import { readCorpusPaths } from '../../lib/corpus/read-paths';
import { buildKb } from '../../lib/kb/build';
import { toCardModel } from '../../lib/kb/card-model';
import { loadEntityCardData } from '../../lib/kb/entity-card-data';
import { countsOf, createKbIndex, type KbIndex } from '../../lib/kb/kb-index';
import { layerIndexOver, layerKbs } from '../../lib/kb/layer';
import { parseShardedIndex } from '../../lib/kb/load';
import type { Kb } from '../../lib/kb/schema';
import { createShardedKbIndex } from '../../lib/kb/sharded-index';
import { shardFiles, toShards } from '../../lib/kb/shards';
import { articleState, userKb } from '../../lib/kb/user-kb';
import { annotate } from '../../lib/match/annotate';
import { kbResolver } from '../../lib/match/kb-resolver';
import { toArticle, toUserArticle } from '../../lib/user-corpus/user-article';
import { userStory } from '../user-corpus/user-story';
import { bundledKb } from './bundled-kb';

const stored = toUserArticle(userStory(), 1);
const user = () => userKb([articleState(toArticle(stored))]);

/** The user's KB over an index, as the background layers it. */
function layerUser(base: KbIndex, mine: Kb | null): KbIndex {
  if (!mine) throw new Error('no user KB');
  return layerIndexOver(base, createKbIndex(mine));
}

describe('layerKbs: the bundled KB with the user KB over it', () => {
  it('makes one entity of an id both sides know, with both sides aliases, documents and coverage', async () => {
    const base = await bundledKb();
    const mine = user();
    if (!mine) throw new Error('no user KB');
    const layered = layerKbs(base, mine);
    const before = base.entities.find((e) => e.id === 'antony-blinken');
    const after = layered.entities.find((e) => e.id === 'antony-blinken');
    expect(layered.entities.filter((e) => e.id === 'antony-blinken')).toHaveLength(1);
    expect(after?.docs).toEqual([...(before?.docs ?? []), stored.id].sort());
    expect(after?.coverage.map((c) => c.doc)).toEqual([...(before?.coverage.map((c) => c.doc) ?? []), stored.id]);
    expect(after?.aliases).toEqual(expect.arrayContaining(before?.aliases ?? []));
    expect(after?.name).toBe(before?.name);
  });

  it('adds what only the user KB knows, and keeps ids sorted and unique', async () => {
    const mine = user();
    if (!mine) throw new Error('no user KB');
    const layered = layerKbs(await bundledKb(), mine);
    const ids = layered.entities.map((e) => e.id);
    expect(ids).toEqual([...new Set(ids)].sort());
    expect(ids).toContain('marta-lindqvist');
    expect(layered.documents.map((d) => d.file)).toContain(stored.id);
    expect(layered.date).toBe('2024-02-14');
  });

  it("puts the user's article in related coverage, and the matcher links names only the user KB knows", async () => {
    const index = layerUser(createKbIndex(await bundledKb()), user());
    const card = toCardModel(index, 'antony-blinken', { url: 'https://elsewhere.example/', text: '' }, '2024-03-01');
    expect(card?.coverage.map((c) => c.title)).toContain('Allies weigh joint patrols after talks in Tokyo');
    const { mentions } = annotate(index, 'Marta Lindqvist of the Nordic Shipping Institute spoke first.');
    expect(mentions.map((m) => m.entity?.id)).toEqual(['marta-lindqvist', 'nordic-shipping-institute']);
  });

  it('keeps a sharded bundled KB sharded: a card after `ensure` has both sides coverage', async () => {
    const base = await bundledKb();
    const cut = toShards(base);
    const files = new Map(shardFiles(cut));
    const sharded = createShardedKbIndex(parseShardedIndex(cut.index), async (file) => files.get(file));
    const layered = layerUser(sharded, user());
    const card = await loadEntityCardData(layered, 'antony-blinken', { url: null, text: '' }, '2024-03-01');
    const whole = toCardModel(createKbIndex(base), 'antony-blinken', { url: null, text: '' }, '2024-03-01');
    expect(card?.coverage.map((c) => c.doc).sort()).toEqual([...(whole?.coverage.map((c) => c.doc) ?? []), stored.id].sort());
    expect(layered.byAlias('blinken').map((e) => e.id)).toContain('antony-blinken');
    // Its size without reading the shards: what the whole KB layered the same way holds.
    const wholeLayer = layerUser(createKbIndex(base), user());
    expect(wholeLayer.counts).toEqual(countsOf(wholeLayer.kb));
    expect(layerUser(sharded, user()).counts).toEqual(wholeLayer.counts);
  });

  it('layers a sharded KB over a sharded one (a pack over a KB_CORPUS build) and reads their events before any shard', async () => {
    const base = await bundledKb();
    const reads: string[] = [];
    const sharded = () => {
      const cut = toShards(base);
      const files = new Map(shardFiles(cut));
      return createShardedKbIndex(parseShardedIndex(cut.index), async (file) => {
        reads.push(file);
        return files.get(file);
      });
    };
    const layered = layerIndexOver(sharded(), sharded());
    // Event matching reads the layered events, documents and all, as a page's first marks are made.
    expect(base.events.length).toBeGreaterThan(0);
    expect(layered.kb.events.map((e) => [e.id, e.docs])).toEqual(base.events.map((e) => [e.id, e.docs]));
    expect(reads).toEqual([]);
  });

  it("resolves the user's names against the bundled KB: an added article's \"Secretary Blinken\" is on Antony Blinken's card", async () => {
    const text =
      'Secretary Blinken arrived in Oslo on Tuesday for talks on Arctic shipping lanes. Blinken told reporters the talks would continue. Ingrid Solberg of the Harbour Council welcomed him.';
    const article = toUserArticle(
      {
        ...userStory(),
        text,
        title: 'Talks on Arctic lanes',
        url: 'https://fjord-post.example/arctic',
        segments: [{ kind: 'body', start: 0, end: text.length }],
      },
      2,
    );
    const base = createKbIndex(await bundledKb());
    // Read alone, the article knows no Antony Blinken: "Secretary Blinken" is a Blinken of its own.
    expect(userKb([articleState(toArticle(article))])?.entities.map((e) => e.name)).not.toContain('Antony Blinken');
    const mine = userKb([articleState(toArticle(article), kbResolver(base))]);
    expect(mine?.entities.find((e) => e.id === 'antony-blinken')?.aliases).toContain('Blinken');
    const index = layerUser(base, mine);
    await index.ensure({ entities: ['antony-blinken'] });
    expect(index.entity('antony-blinken')?.docs).toContain(article.id);
    const card = toCardModel(index, 'antony-blinken', { url: null, text: '' }, '2024-03-01');
    expect(card?.coverage.map((c) => c.title)).toContain('Talks on Arctic lanes');
    // Only Blinken moved: the user's other people stay theirs.
    expect(index.entity('ingrid-solberg')?.docs).toEqual([article.id]);
    expect(index.kb.entities.filter((e) => e.docs.includes(article.id)).map((e) => e.id)).toEqual(expect.arrayContaining(['antony-blinken', 'ingrid-solberg']));
  });
});

describe('layerIndexOver: a loaded pack (a sharded index) over the bundled KB', () => {
  it('finds the pack’s entities, gives their cards as the pack alone does once ensured, and counts both', async () => {
    const { articles } = await readCorpusPaths([new URL('../e2e/fixtures/pack-corpus/port-news.jsonl', import.meta.url).pathname]);
    const port = await buildKb(articles);
    const cut = toShards(port);
    const files = new Map(shardFiles(cut));
    const pack = () => createShardedKbIndex(parseShardedIndex(JSON.parse(JSON.stringify(cut.index))), async (file) => files.get(file));
    const base = createKbIndex(await bundledKb());
    const layered = layerIndexOver(base, pack());
    expect(layered.byAlias('odile marchetti').map((e) => e.id)).toEqual(['odile-marchetti']);
    expect(layered.byAlias('antony blinken').map((e) => e.id)).toEqual(['antony-blinken']);
    const page = { url: null, text: '', entities: [] };
    const card = await loadEntityCardData(layered, 'odile-marchetti', page, '2024-01-01');
    expect(card?.coverage.length).toBeGreaterThan(0);
    expect(card?.coverage).toEqual((await loadEntityCardData(pack(), 'odile-marchetti', page, '2024-01-01'))?.coverage);
    expect(layered.counts.articles).toBe(base.counts.articles + 3);
    expect(layered.counts.entities).toBe(base.counts.entities + port.entities.filter((e) => !base.entity(e.id)).length);
  });
});

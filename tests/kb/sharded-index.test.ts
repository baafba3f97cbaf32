/** A sharded KB answers as the whole KB does: lookups at once from its index, cards once `ensure` has read their shards. */
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticKb } from '../../bench/corpus/synthetic-kb';
import { toCardModel } from '../../lib/kb/card-model';
import { toEventCardModel } from '../../lib/kb/event-card-model';
import { toTimelineModel } from '../../lib/kb/event-timeline';
import { countsOf, createKbIndex, type KbIndex } from '../../lib/kb/kb-index';
import { parseShard, parseShardedIndex } from '../../lib/kb/load';
import type { Kb } from '../../lib/kb/schema';
import { createShardedKbIndex } from '../../lib/kb/sharded-index';
import { idOfIndexText, joinShards, shardOf, toShards } from '../../lib/kb/shards';
import { annotate } from '../../lib/match/annotate';
import { aliasKey } from '../../lib/nlp/alias-key';
import { bundledKb } from './bundled-kb';

let kb: Kb;

/** A synthetic KB of `n` entities, sorted as a built KB is. */
function synthetic(n: number): Kb {
  const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const big = syntheticKb(n);
  return { ...big, entities: big.entities.sort((a, b) => byCode(a.id, b.id)), documents: big.documents.sort((a, b) => byCode(a.file, b.file)) };
}
let whole: KbIndex;

/** A sharded index over `kb`, its files through JSON as on disk, counting the shard reads. */
function sharded(source: Kb, fail = new Set<number>()) {
  const { index, shards } = toShards(source);
  const files = shards.map((s) => JSON.stringify(s));
  const reads: number[] = [];
  const kbIndex = createShardedKbIndex(parseShardedIndex(JSON.parse(JSON.stringify(index))), async (n) => {
    reads.push(n);
    if (fail.delete(n)) throw new Error(`shard ${n} unreadable`);
    return parseShard(JSON.parse(files[n] as string), `${n}.json`);
  });
  return { kbIndex, reads, shardCount: index.shardCount };
}

beforeAll(async () => {
  kb = await bundledKb();
  whole = createKbIndex(kb);
});

describe('sharded KB', () => {
  it('knows how many articles, entities and events it holds without reading a shard', () => {
    const { kbIndex, reads } = sharded(kb);
    expect(kbIndex.counts).toEqual(countsOf(kb));
    expect(kbIndex.counts.articles).toBeGreaterThan(0);
    expect(reads).toEqual([]);
  });

  it('joins back into the very KB it was cut from', () => {
    const { index, shards } = toShards(kb);
    expect(JSON.stringify(joinShards(index, shards))).toBe(JSON.stringify(kb));
    const big = synthetic(3_000);
    const cut = toShards(big);
    expect(cut.index.shardCount).toBeGreaterThan(1);
    expect(JSON.stringify(joinShards(cut.index, cut.shards))).toBe(JSON.stringify(big));
  });

  it("names its index's content in the file's first bytes, the same for the same KB and another for another", () => {
    const { index } = toShards(kb);
    const text = JSON.stringify(index);
    expect(idOfIndexText(text.slice(0, 200))).toBe(index.id);
    expect(toShards(kb).index.id).toBe(index.id);
    const other = { ...kb, date: '1999-01-01' };
    expect(toShards(other).index.id).not.toBe(index.id);
    expect(idOfIndexText(JSON.stringify(kb).slice(0, 200))).toBeNull();
    expect(idOfIndexText(text.slice(0, 40))).toBeNull();
  });

  it('links a page exactly as the whole KB does, before any shard is read', () => {
    const { kbIndex, reads } = sharded(kb);
    for (const e of kb.entities) {
      for (const a of e.aliases) expect(kbIndex.byAlias(aliasKey(a)).map((x) => x.id)).toEqual(whole.byAlias(aliasKey(a)).map((x) => x.id));
    }
    const text = kb.entities.flatMap((e) => e.coverage.flatMap((c) => c.sentences)).join(' ');
    expect(annotate(kbIndex, text)).toEqual(annotate(whole, text));
    expect(reads).toEqual([]);
  });

  it('builds entity and event cards and timelines equal to the whole KB once ensured', async () => {
    const { kbIndex } = sharded(kb);
    const page = { url: null, text: '' };
    for (const e of kb.entities) expect(kbIndex.entity(e.id)?.coverage).toEqual([]);
    for (const e of kb.entities) {
      await kbIndex.ensure({ entities: [e.id] });
      expect(toCardModel(kbIndex, e.id, page, '2024-03-01')).toEqual(toCardModel(whole, e.id, page, '2024-03-01'));
      expect(toTimelineModel(kbIndex, e.id)).toEqual(toTimelineModel(whole, e.id));
    }
    const fresh = sharded(kb).kbIndex;
    for (const ev of kb.events) {
      await fresh.ensure({ events: [ev.id] });
      expect(toEventCardModel(fresh, ev.id, page)).toEqual(toEventCardModel(whole, ev.id, page));
    }
  });

  it('reads only the shards a card needs, each once, and tries a failed one again', async () => {
    const big = synthetic(3_000);
    const first = big.entities[0]?.id as string;
    const { kbIndex, reads, shardCount } = sharded(big, new Set([shardOf(first, toShards(big).index.shardCount)]));
    await expect(kbIndex.ensure({ entities: [first] })).rejects.toThrow(/unreadable/);
    await kbIndex.ensure({ entities: [first] });
    const once = [...reads];
    await kbIndex.ensure({ entities: [first] });
    expect(reads).toEqual(once);
    expect(new Set(reads).size).toBeLessThan(shardCount);
    expect(kbIndex.entity(first)).toEqual(big.entities[0]);
  });
});

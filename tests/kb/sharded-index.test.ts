/** A sharded KB answers as the whole KB does: lookups at once from its index, cards once `ensure` has read their shards. */
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticKb } from '../../bench/corpus/synthetic-kb';
import { coverageOf, MORE_COVERAGE_ROWS, moreCoverageOf, SHOWN_COVERAGE_ROWS } from '../../lib/kb/card-model';
import { loadEntityCardData, loadMoreCoverage, toEntityCardData } from '../../lib/kb/entity-card-data';
import { toEventCardModel } from '../../lib/kb/event-card-model';
import { toTimelineModel } from '../../lib/kb/event-timeline';
import { indexText, readIndexText } from '../../lib/kb/index-text';
import { countsOf, createKbIndex, type KbIndex } from '../../lib/kb/kb-index';
import { toLineTable } from '../../lib/kb/line-table';
import type { Kb } from '../../lib/kb/schema';
import { createShardedKbIndex } from '../../lib/kb/sharded-index';
import { DOCUMENT_TABLE_FILE, documentShardCount, headRows, idOfIndexText, joinShards, shardFile, shardFiles, shardOf, toShards } from '../../lib/kb/shards';
import { slug } from '../../lib/kb/slug';
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

/** A sharded index over `kb`, its index through its text and its shards through JSON as on disk, counting the shard files read. */
function sharded(source: Kb, fail = new Set<string>()) {
  const cut = toShards(source);
  const files = new Map(shardFiles(cut).map(([file, shard]) => [file, JSON.stringify(shard)]));
  const reads: string[] = [];
  const kbIndex = createShardedKbIndex(readIndexText(indexText(cut.index)), async (file) => {
    reads.push(file);
    if (fail.delete(file)) throw new Error(`${file} unreadable`);
    return JSON.parse(files.get(file) as string);
  });
  return { kbIndex, reads, files: files.size };
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
    const { index, table, shards, documentShards } = toShards(kb);
    expect(JSON.stringify(joinShards(index, table, shards, documentShards))).toBe(JSON.stringify(kb));
    const big = synthetic(3_000);
    const cut = toShards(big);
    expect(cut.index.shardCount).toBeGreaterThan(1);
    expect(cut.documentShards.length).toBeGreaterThan(1);
    expect(JSON.stringify(joinShards(cut.index, cut.table, cut.shards, cut.documentShards))).toBe(JSON.stringify(big));
  });

  it("names its index's content in the file's first bytes, the same for the same KB and another for another", () => {
    const { index } = toShards(kb);
    const text = indexText(index);
    expect(idOfIndexText(text.slice(0, 200))).toBe(index.id);
    expect(toShards(kb).index.id).toBe(index.id);
    const other = { ...kb, date: '1999-01-01' };
    expect(toShards(other).index.id).not.toBe(index.id);
    expect(idOfIndexText(JSON.stringify(kb).slice(0, 200))).toBeNull();
    expect(idOfIndexText(text.slice(0, 40))).toBeNull();
  });

  it("writes an entity's id in its head only where its name's slug is not it (or the name is not ASCII), and finds each by id", () => {
    const [first] = kb.entities;
    if (!first) throw new Error('the bundled KB has no entity');
    // Ids after every other, so the entities stay in id order: one a slug of an accented name, one unlike its name.
    const accented = { ...first, id: 'zz-elodie-durand', name: 'Zz Élodie Durand', aliases: ['Zz Élodie Durand'] };
    const unlike = { ...first, id: 'zz-smith-2', name: 'Zz Smith', aliases: ['Zz Smith'] };
    const source = { ...kb, entities: [...kb.entities, accented, unlike] };
    const { index } = toShards(source);
    const written = index.heads.split('\n').filter((line) => !line.startsWith('\t'));
    expect(written.map((line) => line.slice(0, line.indexOf('\t')))).toEqual(
      source.entities.filter((e) => e.id !== slug(e.name) || /[^\x20-\x7e]/.test(e.name)).map((e) => e.id),
    );
    expect(written.length).toBeGreaterThanOrEqual(2);
    expect(written.length).toBeLessThan(source.entities.length);
    const { kbIndex } = sharded(source);
    for (const e of source.entities) expect([kbIndex.entity(e.id)?.name, kbIndex.entity(e.id)?.type]).toEqual([e.name, e.type]);
    expect(kbIndex.entity('zz-smith')).toBeUndefined();
  });

  it('reads heads as earlier versions wrote them (every id, types spelled out, -1 for no role) as it reads its own', () => {
    const cut = toShards(kb);
    const earlier = toLineTable(headRows(cut.index.heads).map((h) => [h.id, [h.name, h.type, h.role, ...h.others].join('\t')] as const));
    expect(earlier).toMatch(/\t(person|place|organization)\t-1\b/);
    expect(earlier.length).toBeGreaterThan(cut.index.heads.length);
    const index = { ...cut.index, heads: earlier };
    expect(JSON.stringify(joinShards(index, cut.table, cut.shards, cut.documentShards))).toBe(JSON.stringify(kb));
    const kbIndex = createShardedKbIndex(index, async () => ({ entities: [], events: [] }));
    for (const e of kb.entities) expect(kbIndex.entity(e.id)).toEqual(sharded(kb).kbIndex.entity(e.id));
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
    const onPage = { ...page, entities: kb.entities.slice(0, 3).map((e) => e.id) };
    for (const e of kb.entities) {
      expect(await loadEntityCardData(kbIndex, e.id, page, '2024-03-01')).toEqual(toEntityCardData(whole, e.id, page, '2024-03-01'));
      expect(await loadEntityCardData(kbIndex, e.id, onPage, '2023-11-10')).toEqual(toEntityCardData(whole, e.id, onPage, '2023-11-10'));
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
    const first = big.entities[0] as Kb['entities'][number];
    const its = shardFile(shardOf(first.id, toShards(big).index.shardCount));
    const { kbIndex, reads, files } = sharded(big, new Set([its]));
    // The document table, which dates an entity's articles, is read with the first records, not at the start.
    expect(kbIndex.documentHead(first.docs[0] as string)).toBeUndefined();
    await expect(kbIndex.ensure({ entities: [first.id] })).rejects.toThrow(/unreadable/);
    await kbIndex.ensure({ entities: [first.id] });
    expect(reads).toEqual([DOCUMENT_TABLE_FILE, its, its]);
    expect(kbIndex.documentHead(first.docs[0] as string)?.date).toBe(big.documents.find((d) => d.file === first.docs[0])?.date);
    await kbIndex.ensure({ documents: first.docs });
    const once = [...reads];
    await kbIndex.ensure({ entities: [first.id], documents: first.docs });
    expect(reads).toEqual(once);
    expect(new Set(reads).size).toBeLessThan(files);
    // Its coverage's sentences are read when first asked for (packed-records.ts DeferredCoverage): as JSON gives it.
    expect(JSON.parse(JSON.stringify(kbIndex.entity(first.id)))).toEqual(first);
    expect(kbIndex.entity(first.id)?.coverage.map((c) => c.sentences)).toEqual(first.coverage.map((c) => c.sentences));
  });

  it("ranks an entity's thousands of articles from the index and reads only the rows its card shows", async () => {
    const docs = Array.from({ length: 2_000 }, (_, n) => ({
      file: `d${String(n).padStart(4, '0')}.txt`,
      title: `Article ${n}`,
      titleDerived: false,
      subtitle: null,
      source: n % 3 ? 'Wire' : 'Daily',
      // An archive in date order, three articles a day: a day's articles are neighbours, as in a corpus file.
      date: new Date(Date.UTC(2016, 0, 1 + Math.floor(n / 3))).toISOString().slice(0, 10),
      url: null,
      authors: [],
      dateline: null,
      fingerprint: [],
    }));
    const busy = kb.entities.find((e) => e.id === 'antony-blinken') as Kb['entities'][number];
    const coverage = docs.map((d) => ({ doc: d.file, sentences: [`${busy.name} spoke in ${d.title}.`] }));
    const large: Kb = {
      ...kb,
      documents: [...kb.documents, ...docs].sort((a, b) => (a.file < b.file ? -1 : 1)),
      entities: kb.entities.map((e) => (e === busy ? { ...e, docs: coverage.map((c) => c.doc), coverage } : e)),
    };
    const wholeLarge = createKbIndex(large);
    const { kbIndex, reads } = sharded(large);
    const page = { url: null, text: '' };
    const card = await loadEntityCardData(kbIndex, busy.id, page, '2017-05-15');
    expect(card).toEqual(toEntityCardData(wholeLarge, busy.id, page, '2017-05-15'));
    expect(card?.coverageTotal).toBe(2_000);
    expect(card?.timeline?.articles).toBe(2_000);
    const documentReads = reads.filter((file) => file.startsWith('d'));
    expect(documentReads.length).toBeLessThan(documentShardCount(large.documents.length) / 2);
    // The first view's rows, the nearest the page's date; the next ones read only when asked for, ranked as one list.
    expect(card?.coverage.map((row) => row.date)).toEqual(['2017-05-15', '2017-05-15', '2017-05-16', '2017-05-16', '2017-05-14']);
    const more = await loadMoreCoverage(kbIndex, busy.id, page, '2017-05-15', card?.moreCoverage?.from ?? 0);
    expect(more).toEqual(moreCoverageOf(wholeLarge, busy.id, page, '2017-05-15', 5));
    expect(more).toHaveLength(MORE_COVERAGE_ROWS);
    expect(card?.moreCoverage).toEqual({ from: 5, articles: more.reduce((n, row) => n + 1 + row.also.length, 0) });
    const ranked = coverageOf(wholeLarge, wholeLarge.entity(busy.id)?.coverage ?? [], page, '2017-05-15', SHOWN_COVERAGE_ROWS + MORE_COVERAGE_ROWS).rows;
    expect([...(card?.coverage ?? []), ...more]).toEqual(ranked);
  });
});

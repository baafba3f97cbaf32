/** The packs' IndexedDB store (entrypoints/background/pack-store.ts), over fake-indexeddb. */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPackStore } from '../../entrypoints/background/pack-store';
import { lookupLine, tableRows } from '../../lib/kb/line-table';
import { type PackContent, packMeta } from '../../lib/kb/pack';
import { shardFiles, toShards } from '../../lib/kb/shards';
import { aliasKey } from '../../lib/nlp/alias-key';
import { bundledKb } from '../kb/bundled-kb';

let content: PackContent;
let cut: ReturnType<typeof toShards>;

beforeAll(async () => {
  // A person whose name is not ASCII, so the line tables' encoding is at stake.
  const kb = await bundledKb();
  const [first] = kb.entities;
  if (!first) throw new Error('the bundled KB has no entity');
  cut = toShards({
    ...kb,
    entities: [...kb.entities, { ...first, id: 'zoe-ngugi', name: 'Zoë Ngũgĩ', aliases: ['Zoë Ngũgĩ'], related: [] }].sort((a, b) => (a.id < b.id ? -1 : 1)),
  });
  content = {
    meta: packMeta(cut.index, { name: 'Test corpus', from: '2024', to: '2025', licence: 'CC BY 4.0' }),
    index: JSON.stringify(cut.index),
    shards: shardFiles(cut).map(([, shard]) => JSON.stringify(shard)),
  };
});

describe('pack store', () => {
  it('gives back the index of a stored pack, and its shards as stored', async () => {
    const store = createPackStore('packs-stored');
    await store.add('p1', content, 1234, 1);
    expect(await store.index('p1')).toEqual(cut.index);
    expect(await store.shard('p1', 1)).toBe(content.shards[1]);
    expect((await store.list()).map((p) => p.id)).toEqual(['p1']);
  });

  it('reads a pack stored by the first version of the store, which kept its index as JSON text', async () => {
    const name = 'packs-version-1';
    const old = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('packs', { keyPath: 'id' });
        db.createObjectStore('indexes');
        db.createObjectStore('shards');
      },
    });
    await old.put('packs', { id: 'p1', meta: content.meta, bytes: 1234, addedAt: 1 });
    // Its line tables as they were written then, other characters as they are.
    const raw = (table: string) =>
      tableRows(table)
        .map(([key, value]) => `${key}\t${value}`)
        .join('\n');
    const oldIndex = { ...cut.index, heads: raw(cut.index.heads), aliases: raw(cut.index.aliases) };
    expect(oldIndex.heads).not.toBe(cut.index.heads);
    await old.put('indexes', JSON.stringify(oldIndex), 'p1');
    old.close();
    const store = createPackStore(name);
    const index = await store.index('p1');
    expect(index).toEqual(cut.index);
    expect(lookupLine(index.aliases, aliasKey('Zoë Ngũgĩ'))).not.toBeNull();
    expect((await store.list()).map((p) => p.id)).toEqual(['p1']);
  });
});

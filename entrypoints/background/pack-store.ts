/**
 * The knowledge-base packs the reader loaded (lib/kb/pack.ts), in IndexedDB: each pack's
 * description, its sharded index as a Blob of its text (index-text.ts), and its shards, as the
 * JSON text the pack held. A Blob, because Chromium keeps a large one as a file of its own: a cold
 * worker read the world pack's index that way in half the time a string took (BENCHMARKS.md). The options page
 * stores and removes packs; the background reads them. A pack is stored in one transaction, so a
 * failure leaves every pack as it was. IndexedDB only (no extension API): runs in node over
 * fake-indexeddb for tests.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { indexBlob, readIndexBlob } from '~/lib/kb/index-text';
import { tableRows, toLineTable } from '~/lib/kb/line-table';
import { parseShardedIndex } from '~/lib/kb/load';
import type { PackContent, PackMeta } from '~/lib/kb/pack';
import type { ShardedIndex } from '~/lib/kb/shards';
import { storageError } from './storage-error';

export const PACK_DB_NAME = 'backstory-packs';

/** A loaded pack as the options page lists it. */
export interface StoredPack {
  id: string;
  meta: PackMeta;
  /** The pack file's size in bytes. */
  bytes: number;
  addedAt: number;
}

interface PackSchema extends DBSchema {
  packs: { key: string; value: StoredPack };
  /** A pack's sharded index as its text (index-text.ts), by pack id: read at every start of the service worker. */
  indexes: { key: string; value: Blob };
  /** A pack's shards by [pack id, shard number]: read when a card needs one. */
  shards: { key: [string, number]; value: string };
}

/** The schema version this code writes; add a version (and its upgrade) to change it. */
const PACK_DB_VERSION = 2;

/** An index as a pack (and version 1 of this store) holds it: JSON. */
const parseIndexJson = (json: string) => parseShardedIndex(JSON.parse(json));

export function createPackStore(name = PACK_DB_NAME) {
  let opening: Promise<IDBPDatabase<PackSchema>> | null = null;
  const db = () => {
    opening ??= openDB<PackSchema>(name, PACK_DB_VERSION, {
      async upgrade(db, oldVersion, _newVersion, tx) {
        if (oldVersion < 1) {
          db.createObjectStore('packs', { keyPath: 'id' });
          db.createObjectStore('indexes');
          db.createObjectStore('shards');
        }
        // Version 1 kept each index as its JSON text, its line tables not yet encoded (line-table.ts).
        if (oldVersion === 1) {
          for (let at = await tx.objectStore('indexes').openCursor(); at; at = await at.continue()) {
            const old: unknown = at.value;
            if (typeof old !== 'string') continue;
            const index = parseIndexJson(old);
            await at.update(indexBlob({ ...index, heads: toLineTable(tableRows(index.heads)), aliases: toLineTable(tableRows(index.aliases)) }));
          }
        }
      },
      blocking: () => {
        opening = null;
      },
      terminated: () => {
        opening = null;
      },
    }).then((db) => {
      db.addEventListener('versionchange', () => db.close());
      return db;
    });
    opening.catch(() => {
      opening = null;
    });
    return opening;
  };

  return {
    /** Stores a pack checked by `readPack` (replacing one of the same id): all of it, or on any error nothing. */
    async add(id: string, { meta, index, shards }: PackContent, bytes: number, addedAt = Date.now()): Promise<StoredPack> {
      const pack: StoredPack = { id, meta, bytes, addedAt };
      const blob = indexBlob(parseIndexJson(index));
      const tx = (await db()).transaction(['packs', 'indexes', 'shards'], 'readwrite');
      const requests: Promise<unknown>[] = [
        tx.objectStore('packs').put(pack),
        tx.objectStore('indexes').put(blob, id),
        ...shards.map((shard, n) => tx.objectStore('shards').put(shard, [id, n])),
      ];
      // Once one request fails the transaction aborts and the rest reject too: the outcome is tx.done's.
      for (const r of requests) r.catch(() => undefined);
      try {
        await tx.done;
        return pack;
      } catch (error) {
        throw storageError(error, 'the knowledge base pack was not stored, and the packs stored before are as they were. Free disk space, then try again.');
      }
    },

    /** Removes a pack, its index and its shards; false when there was none of that id. */
    async remove(id: string): Promise<boolean> {
      const tx = (await db()).transaction(['packs', 'indexes', 'shards'], 'readwrite');
      const known = await tx.objectStore('packs').getKey(id);
      const shards = IDBKeyRange.bound([id, 0], [id, Number.POSITIVE_INFINITY]);
      await Promise.all([tx.objectStore('packs').delete(id), tx.objectStore('indexes').delete(id), tx.objectStore('shards').delete(shards), tx.done]);
      return known !== undefined;
    },

    /** Every pack, first loaded first. */
    async list(): Promise<StoredPack[]> {
      return (await (await db()).getAll('packs')).sort((a, b) => a.addedAt - b.addedAt || (a.id < b.id ? -1 : 1));
    },

    async index(id: string): Promise<ShardedIndex> {
      const blob = await (await db()).get('indexes', id);
      if (blob === undefined) throw new Error(`The knowledge base pack ${id} has no index stored: remove it and load it again.`);
      return readIndexBlob(blob);
    },

    async shard(id: string, n: number): Promise<string> {
      const text = await (await db()).get('shards', [id, n]);
      if (text === undefined) throw new Error(`Shard ${n} of the knowledge base pack ${id} is not stored: remove the pack and load it again.`);
      return text;
    },
  };
}

export type PackStore = ReturnType<typeof createPackStore>;

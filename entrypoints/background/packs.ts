/**
 * The knowledge-base packs the reader loaded, as indexes the background layers over the bundled
 * KB (user-corpus.ts): each a sharded index (lib/kb/sharded-index.ts) whose shards are read from
 * IndexedDB (pack-store.ts) when a card needs them. No NLP: the packs were built offline.
 */
import type { KbIndex } from '~/lib/kb/kb-index';
import type { PackCredit, PackMeta } from '~/lib/kb/pack';
import { createShardedKbIndex } from '~/lib/kb/sharded-index';
import { shardFileNames } from '~/lib/kb/shards';
import { PACKS_LOAD_MEASURE } from './kb-timing';
import { createPackStore } from './pack-store';

export const packStore = createPackStore();

export interface LoadedPack {
  id: string;
  meta: PackMeta;
  index: KbIndex;
}

let loading: Promise<LoadedPack[]> | null = null;

async function openPack(id: string, meta: PackMeta): Promise<LoadedPack> {
  const index = await packStore.index(id);
  // The pack stores its shards by their place among the index's shard files (pack.ts).
  const numbers = new Map(shardFileNames(index).map((file, n) => [file, n]));
  const readFile = async (file: string) => {
    const n = numbers.get(file);
    if (n === undefined) throw new Error(`the pack "${meta.name}" has no shard ${file}`);
    return JSON.parse(await packStore.shard(id, n));
  };
  return { id, meta, index: createShardedKbIndex(index, readFile) };
}

/**
 * Every loaded pack, first loaded first, read once per worker. A pack that cannot be opened (its
 * storage damaged, or of a KB schema this version no longer reads) is left out, with a warning,
 * so the bundled KB and the other packs still work; the options page still lists it for removal.
 */
export function loadPacks(): Promise<LoadedPack[]> {
  const start = performance.now();
  loading ??= packStore
    .list()
    .then(async (packs) => {
      const opened = await Promise.all(
        packs.map((p) =>
          openPack(p.id, p.meta).catch((error: unknown) => {
            console.warn(`Backstory: the knowledge base pack "${p.meta.name}" cannot be read and is left out:`, error);
            return null;
          }),
        ),
      );
      performance.measure(PACKS_LOAD_MEASURE, { start });
      return opened.filter((p) => p !== null);
    })
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}

/** After a pack was loaded or removed (by the options page): the next lookup reads the list again. */
export function forgetPacks(): void {
  loading = null;
}

const creditOf = ({ name, from, to, licence }: PackMeta): PackCredit => ({ name, from, to, licence });

/** The credit of each loaded pack that knows the entity or event `id`: what its card draws on. */
export async function packsKnowing(kind: 'entity' | 'event', id: string): Promise<PackCredit[]> {
  const packs = await loadPacks();
  return packs.filter((p) => (kind === 'entity' ? p.index.entity(id) : p.index.event(id))).map((p) => creditOf(p.meta));
}

import { browser } from 'wxt/browser';
import { createKbIndex, type KbIndex } from '~/lib/kb/kb-index';
import { isShardedIndex, parseKb, parseShard, parseShardedIndex } from '~/lib/kb/load';
import { createShardedKbIndex } from '~/lib/kb/sharded-index';
import { shardFile, shardsFolderOf } from '~/lib/kb/shards';
import { KB_LOAD_MEASURE } from './kb-timing';

/** Where `npm run kb` writes the bundled KB (public/kb/bundled.json), as WXT copies it into the extension. */
export const BUNDLED_KB_PATH = '/kb/bundled.json';

let loading: Promise<KbIndex> | null = null;

/**
 * The KB index, loaded once per worker (index.ts starts it as the worker starts). A fetch of the
 * extension's own file (no network), not an import, so the background's script stays small and
 * the KB is parsed as JSON, not compiled. A failed load is not cached, so the next request tries
 * again. A large KB ships sharded (`backstory build --shards`): then this file is its small
 * index, and shards are fetched when a card needs them (`KbIndex.ensure`).
 */
export function loadKb(): Promise<KbIndex> {
  loading ??= fetchKb().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

// Typed as any path: the files are written by `npm run kb`, so WXT may not have seen them when it generated its path types.
const extensionUrl = (path: string) => browser.runtime.getURL(path as Parameters<typeof browser.runtime.getURL>[0]);

async function fetchKb(): Promise<KbIndex> {
  const start = performance.now();
  const index = await openKb();
  performance.measure(KB_LOAD_MEASURE, { start });
  return index;
}

async function openKb(): Promise<KbIndex> {
  const response = await fetch(extensionUrl(BUNDLED_KB_PATH));
  if (!response.ok) throw new Error(`The bundled knowledge base is missing (${response.status}): run \`npm run kb\` before building.`);
  const json: unknown = await response.json();
  if (!isShardedIndex(json)) return createKbIndex(parseKb(json));
  return createShardedKbIndex(parseShardedIndex(json), async (n) => {
    const path = `${shardsFolderOf(BUNDLED_KB_PATH)}/${shardFile(n)}`;
    const shard = await fetch(extensionUrl(path));
    if (!shard.ok) throw new Error(`The knowledge base shard ${path} is missing (${shard.status}): rebuild with \`backstory build --shards\`.`);
    return parseShard(await shard.json(), path);
  });
}

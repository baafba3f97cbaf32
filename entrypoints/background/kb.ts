import { browser } from 'wxt/browser';
import { readIndexText } from '~/lib/kb/index-text';
import { createKbIndex, type KbIndex } from '~/lib/kb/kb-index';
import { parseKb } from '~/lib/kb/load';
import { createShardedKbIndex } from '~/lib/kb/sharded-index';
import { idOfIndexText, type ShardedIndex, shardsFolderOf } from '~/lib/kb/shards';
import { dropIndexCopy, keepIndexCopy, readIndexCopy } from './kb-cache';
import { KB_LOAD_MEASURE, type KbLoadSource } from './kb-timing';

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
  const { index, from } = await openKb();
  performance.measure(KB_LOAD_MEASURE, { start, detail: { from } });
  return index;
}

/** The id in the first bytes of a sharded index's text (shards.ts), or null. */
const idAtStart = (bytes: Uint8Array) => idOfIndexText(new TextDecoder().decode(bytes.subarray(0, 256)));

/** A KB file read: a sharded index (from its copy when the copy is of this build, kb-cache.ts), else a whole KB's JSON text. */
type KbFile = { index: ShardedIndex; from: KbLoadSource } | { text: string; from: KbLoadSource };

async function readKbFile(): Promise<KbFile> {
  // The copy is read while the extension's file opens: a cold worker takes tens of ms for each.
  const copying = readIndexCopy();
  const response = await fetch(extensionUrl(BUNDLED_KB_PATH));
  if (!response.ok || !response.body) throw new Error(`The bundled knowledge base is missing (${response.status}): run \`npm run kb\` before building.`);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  const first = await reader.read();
  if (first.value) chunks.push(first.value);
  const id = first.value ? idAtStart(first.value) : null;
  const copy = await copying;
  if (id && copy && idAtStart(copy) === id) {
    try {
      const index = readIndexText(new TextDecoder().decode(copy));
      void reader.cancel();
      return { index, from: 'copy' };
    } catch {
      await dropIndexCopy();
    }
  }
  for (let next = first; !next.done; ) {
    next = await reader.read();
    if (next.value) chunks.push(next.value);
  }
  // Bytes decoded once: Response.text() over a large extension file is twice as slow here.
  const bytes = new Uint8Array(await new Blob(chunks as BlobPart[]).arrayBuffer());
  const text = new TextDecoder().decode(bytes);
  if (!id) return { text, from: 'extension' };
  const index = readIndexText(text);
  void keepIndexCopy(bytes);
  return { index, from: 'extension' };
}

async function openKb(): Promise<{ index: KbIndex; from: KbLoadSource }> {
  const file = await readKbFile();
  if ('text' in file) return { index: createKbIndex(parseKb(JSON.parse(file.text))), from: file.from };
  const index = createShardedKbIndex(file.index, async (file) => {
    const path = `${shardsFolderOf(BUNDLED_KB_PATH)}/${file}`;
    const shard = await fetch(extensionUrl(path));
    if (!shard.ok) throw new Error(`The knowledge base shard ${path} is missing (${shard.status}): rebuild with \`backstory build --shards\`.`);
    return shard.json();
  });
  return { index, from: file.from };
}

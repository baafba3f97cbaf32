/**
 * KB files on disk, whole (one JSON file) or sharded (a small index file and its shards folder
 * beside it, lib/kb/shards.ts): reading either as a KbIndex or as the whole KB, and writing either.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { asciiJson } from '../lib/kb/ascii-json';
import { serializeKb } from '../lib/kb/build';
import { indexText, isIndexText, readIndexText } from '../lib/kb/index-text';
import { createKbIndex, type KbIndex } from '../lib/kb/kb-index';
import { parseDocumentShard, parseDocumentTable, parseKb, parseShard } from '../lib/kb/load';
import type { Kb } from '../lib/kb/schema';
import { createShardedKbIndex } from '../lib/kb/sharded-index';
import {
  DOCUMENT_TABLE_FILE,
  type DocumentShard,
  documentShardCount,
  documentShardFile,
  joinShards,
  type Shard,
  type ShardedIndex,
  shardFile,
  shardFiles,
  shardsFolderOf,
  toShards,
} from '../lib/kb/shards';

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${path}: ${(error as Error).message}`);
  }
}

function parseJson(path: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${path} is not valid JSON: ${(error as Error).message}`);
  }
}

const readJson = async (path: string) => parseJson(path, await readText(path));

/** Reads a file of the shards folder of the sharded KB whose index is at `path`. */
const shardReader = (path: string) => (file: string) => readJson(join(shardsFolderOf(path), file));

/** A KB file: a sharded index (index-text.ts), or the JSON of a whole KB. */
async function readKbFile(path: string): Promise<{ index: ShardedIndex } | { json: unknown }> {
  if (!existsSync(path)) throw new Error(`no knowledge base at ${path}: build one with \`npx backstory build --out ${path}\``);
  const text = await readText(path);
  if (isIndexText(text)) return { index: checked(path, () => readIndexText(text)) };
  return { json: parseJson(path, text) };
}

/** Names the file in a format error. */
function checked<T>(path: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`);
  }
}

/** Loads a KB file (whole or sharded) for lookups; a clear error when it is missing or of another version. */
export async function loadKbFile(path: string): Promise<KbIndex> {
  const file = await readKbFile(path);
  if ('index' in file) return createShardedKbIndex(file.index, shardReader(path));
  return createKbIndex(checked(path, () => parseKb(file.json)));
}

/** The whole KB of a file, its shards read and joined when it is sharded (for `inspect`). */
export async function readWholeKb(path: string): Promise<Kb> {
  const file = await readKbFile(path);
  if (!('index' in file)) return checked(path, () => parseKb(file.json));
  const { index } = file;
  const read = shardReader(path);
  const table = parseDocumentTable(await read(DOCUMENT_TABLE_FILE), DOCUMENT_TABLE_FILE);
  const shards: Shard[] = [];
  for (let n = 0; n < index.shardCount; n++) shards.push(parseShard(await read(shardFile(n)), shardFile(n)));
  const documentShards: DocumentShard[] = [];
  for (let n = 0; n < documentShardCount(index.documentCount); n++) {
    documentShards.push(parseDocumentShard(await read(documentShardFile(n)), documentShardFile(n)));
  }
  return joinShards(index, table, shards, documentShards);
}

/** Shard files written at once when a sharded KB is written. */
const WRITES_IN_FLIGHT = 8;

/** Writes `kb` to `out`: whole, or as a sharded index with its shards folder beside it (replacing an older one). */
export async function writeKb(out: string, kb: Kb, sharded: boolean): Promise<void> {
  await mkdir(dirname(out), { recursive: true });
  // An older sharded build's shards must not ship beside a new KB.
  const folder = shardsFolderOf(out);
  await rm(folder, { recursive: true, force: true });
  if (!sharded) {
    await writeFile(out, serializeKb(kb));
    return;
  }
  const cut = toShards(kb);
  await mkdir(folder);
  // In ASCII (ascii-json.ts): the service worker decodes these files, the index at every start.
  // A few writes in flight, so the disk works while the next shard is turned into text; the index
  // last, so an index on disk always has its shards.
  const writing = new Set<Promise<void>>();
  for (const [file, shard] of shardFiles(cut)) {
    const write: Promise<void> = writeFile(join(folder, file), `${asciiJson(shard)}\n`).finally(() => writing.delete(write));
    writing.add(write);
    if (writing.size >= WRITES_IN_FLIGHT) await Promise.race(writing);
  }
  await Promise.all(writing);
  await writeFile(out, indexText(cut.index));
}

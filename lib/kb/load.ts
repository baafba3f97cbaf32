import { type PackedKb, unpackKb } from './packed';
import { KB_VERSION, type Kb } from './schema';
import {
  DOCUMENT_TABLE_FILE,
  type DocumentShard,
  type DocumentTable,
  isDocumentShardFile,
  SHARDED_LAYOUT,
  type Shard,
  type ShardContent,
  type ShardedIndex,
} from './shards';

function checkVersion(version: unknown): void {
  if (version !== KB_VERSION) {
    throw new Error(
      `This knowledge base has schema version ${String(version)}, but this Backstory reads version ${KB_VERSION}. Rebuild it with \`npx backstory build\`.`,
    );
  }
}

const isObject = (json: unknown): json is Record<string, unknown> => typeof json === 'object' && json !== null && !Array.isArray(json);

/** A parsed KB file (packed.ts) checked and unpacked; a KB of another schema version is refused with what to do. */
export function parseKb(json: unknown): Kb {
  if (!isObject(json)) throw new Error('Not a Backstory knowledge base: expected a JSON object.');
  const { version, files, strings, documents, roleTexts, entities, events } = json as Partial<PackedKb>;
  checkVersion(version);
  if (![files, strings, documents, roleTexts, entities, events].every(Array.isArray)) {
    throw new Error('Not a Backstory knowledge base: files, strings, documents, roleTexts, entities and events must be arrays.');
  }
  try {
    return unpackKb(json as unknown as PackedKb);
  } catch (error) {
    throw new Error(`Not a whole Backstory knowledge base: ${(error as Error).message}`);
  }
}

/** True when a parsed KB file is the index of a sharded KB (shards.ts) rather than a whole KB. */
export const isShardedIndex = (json: unknown): boolean => isObject(json) && json.layout === SHARDED_LAYOUT;

/** Checks a parsed sharded KB index before use. */
export function parseShardedIndex(json: unknown): ShardedIndex {
  if (!isShardedIndex(json)) throw new Error('Not a sharded Backstory knowledge base index.');
  const { version, heads, events, roleTexts, files, aliases, shardCount } = json as Partial<ShardedIndex>;
  checkVersion(version);
  if (typeof heads !== 'string' || typeof aliases !== 'string' || ![events, roleTexts, files].every(Array.isArray) || !Number.isInteger(shardCount)) {
    throw new Error('Not a sharded Backstory knowledge base index: heads, aliases, roleTexts, files, events or shardCount is missing.');
  }
  return json as unknown as ShardedIndex;
}

/** Checks a parsed document table (shards.ts `DOCUMENT_TABLE_FILE`); `where` (its file) names it in the error. */
export function parseDocumentTable(json: unknown, where: string): DocumentTable {
  if (!isObject(json) || !Array.isArray(json.strings) || !isObject(json.documentHeads) || typeof json.documentHeads.table !== 'string') {
    throw new Error(`${where}: not the document table of a Backstory knowledge base (expected strings and documentHeads)`);
  }
  return json as unknown as DocumentTable;
}

/** Checks a parsed record shard; `where` (its file) names it in the error. */
export function parseShard(json: unknown, where: string): Shard {
  if (!isObject(json) || ![json.entities, json.events].every(Array.isArray)) {
    throw new Error(`${where}: not a record shard of a Backstory knowledge base (expected entities and events arrays)`);
  }
  return json as unknown as Shard;
}

/** Checks a parsed file of the shards folder, of the kind its name tells (shards.ts `shardFileNames`). */
export function parseShardFile(file: string, json: unknown, where = file): ShardContent {
  if (file === DOCUMENT_TABLE_FILE) return parseDocumentTable(json, where);
  return isDocumentShardFile(file) ? parseDocumentShard(json, where) : parseShard(json, where);
}

/** Checks a parsed document shard; `where` (its file) names it in the error. */
export function parseDocumentShard(json: unknown, where: string): DocumentShard {
  if (!isObject(json) || !Array.isArray(json.documents)) {
    throw new Error(`${where}: not a document shard of a Backstory knowledge base (expected a documents array)`);
  }
  return json as unknown as DocumentShard;
}

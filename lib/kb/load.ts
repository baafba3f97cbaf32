import { KB_VERSION, type Kb } from './schema';
import { SHARDED_LAYOUT, type Shard, type ShardedIndex } from './shards';

function checkVersion(version: unknown): void {
  if (version !== KB_VERSION) {
    throw new Error(
      `This knowledge base has schema version ${String(version)}, but this Backstory reads version ${KB_VERSION}. Rebuild it with \`npx backstory build\`.`,
    );
  }
}

const isObject = (json: unknown): json is Record<string, unknown> => typeof json === 'object' && json !== null && !Array.isArray(json);

/** Checks a parsed KB file before use; a KB of another schema version is refused with what to do. */
export function parseKb(json: unknown): Kb {
  if (!isObject(json)) throw new Error('Not a Backstory knowledge base: expected a JSON object.');
  const { version, documents, entities, events } = json as Partial<Kb>;
  checkVersion(version);
  if (!Array.isArray(documents) || !Array.isArray(entities) || !Array.isArray(events)) {
    throw new Error('Not a Backstory knowledge base: documents, entities and events must be arrays.');
  }
  return json as unknown as Kb;
}

/** True when a parsed KB file is the index of a sharded KB (shards.ts) rather than a whole KB. */
export const isShardedIndex = (json: unknown): boolean => isObject(json) && json.layout === SHARDED_LAYOUT;

/** Checks a parsed sharded KB index before use. */
export function parseShardedIndex(json: unknown): ShardedIndex {
  if (!isShardedIndex(json)) throw new Error('Not a sharded Backstory knowledge base index.');
  const { version, heads, events, roles, aliases, nameParts, shardCount } = json as Partial<ShardedIndex>;
  checkVersion(version);
  if (
    typeof heads !== 'string' ||
    typeof aliases !== 'string' ||
    typeof nameParts !== 'string' ||
    !Array.isArray(events) ||
    !Array.isArray(roles) ||
    !Number.isInteger(shardCount)
  ) {
    throw new Error('Not a sharded Backstory knowledge base index: heads, aliases, nameParts, roles, events or shardCount is missing.');
  }
  return json as unknown as ShardedIndex;
}

/** Checks a parsed shard; `where` (its file) names it in the error. */
export function parseShard(json: unknown, where: string): Shard {
  if (!isObject(json) || !Array.isArray(json.entities) || !Array.isArray(json.documents)) {
    throw new Error(`${where}: not a shard of a Backstory knowledge base (expected entities and documents arrays)`);
  }
  return json as unknown as Shard;
}

/**
 * What a pack leaves out of a shard and its reader puts back: a document's fingerprint when it is
 * the fingerprint of the document's own sentences, as the shard keeps them, joined (so most of a
 * short-item corpus's). Fingerprints are random 24-bit hashes that no codec compresses, a sixth of
 * the world pack; the reader computes them again, so its shards are the very ones `toShards` made
 * and cards show what the KB's own would.
 */
import { encodeFingerprint, fingerprint } from './fingerprint';
import type { PackedDocument } from './packed-records';
import type { DocumentShard, ShardContent } from './shards';

/** Stands in a pack for a fingerprint to compute again: no fingerprint is a number. */
const COMPUTED = 0;

const ownPrint = (row: PackedDocument) => encodeFingerprint(fingerprint(row[5].join(' ')));

const withPrint = (row: PackedDocument, print: string | typeof COMPUTED) => [...row.slice(0, 4), print, ...row.slice(5)] as unknown as PackedDocument;

const isDocumentShard = (shard: ShardContent): shard is DocumentShard => 'documents' in shard;

/** The shard as a pack holds it (a record shard or the document table holds no document row). */
export function slimShard(shard: ShardContent): ShardContent {
  if (!isDocumentShard(shard)) return shard;
  return { documents: shard.documents.map((row) => (row[4] === ownPrint(row) ? withPrint(row, COMPUTED) : row)) };
}

/** The shard back as `toShards` made it. */
export function fullShard(shard: ShardContent): ShardContent {
  if (!isDocumentShard(shard)) return shard;
  return { documents: shard.documents.map((row) => ((row[4] as unknown) === COMPUTED ? withPrint(row, ownPrint(row)) : row)) };
}

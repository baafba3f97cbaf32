/**
 * A KB pack: one file holding a finished sharded KB (shards.ts) with what a reader is told of it
 * (the corpus's name, dates and licence), loaded on the options page with no NLP in the browser.
 *
 * Layout: a 52-byte header, then the body.
 *   0  8 bytes  "BSTYPACK"
 *   8  uint32   pack format version (PACK_FORMAT_VERSION), little-endian
 *   12 uint32   the body's length in bytes
 *   16 32 bytes SHA-256 of the body
 *   48 uint32   the body's codec: 1 gzip, 2 Zstandard
 *   52 body     the compressed JSON lines: the metadata, the sharded index, then each shard in order
 * Zstandard (with a long window) makes the world pack a third smaller than gzip, whose 32 KB window
 * cannot see that the shards repeat one another's names and phrases; it is decoded by fzstd (pure
 * JavaScript, no WebAssembly, so no change to the extension's content security policy). Gzip,
 * which every browser decodes natively, is there for a builder without the `zstd` tool. The header
 * comes first so a wrong version, a damaged or a cut-off file is told apart before anything is
 * decoded. The index and shards are the JSON text `toShards` made, their documents' fingerprints
 * left out where the reader can compute them again (pack-slim.ts).
 */
import { Decompress } from 'fzstd';
import { parseShardedIndex, parseShardFile } from './load';
import { fullShard, slimShard } from './pack-slim';
import { type ShardContent, type ShardedIndex, shardFileNames } from './shards';

export const PACK_MAGIC = 'BSTYPACK';
/**
 * 2: the document table moved out of the index into a file of its own (shards.ts DOCUMENT_TABLE_FILE).
 * 3: the index's line tables are ASCII, other characters encoded (line-table.ts encodeCell).
 */
export const PACK_FORMAT_VERSION = 3;
export const PACK_HEADER_BYTES = 52;
/** The body's codec, as the header numbers it. */
export const PACK_CODECS = { gzip: 1, zstd: 2 } as const;
export type PackCodec = keyof typeof PACK_CODECS;
/** Compresses a pack's body with `codec` (the command line's is zstd's own tool, cli/pack-file.ts). */
export type Compress = (body: Uint8Array<ArrayBuffer>) => Promise<Uint8Array<ArrayBuffer>>;

/** What a reader is told of a pack: in the options page and the footer of each card drawn from it. */
export interface PackCredit {
  name: string;
  /** The corpus's first and last article dates (YYYY-MM-DD), null without dates. */
  from: string | null;
  to: string | null;
  /** The corpus's licence line, as the source's README or the builder gave it; null when none was given. */
  licence: string | null;
}

export interface PackMeta extends PackCredit {
  /** The KB schema version of the index and shards (schema.ts). */
  kbVersion: number;
  shardCount: number;
  articles: number;
  entities: number;
  events: number;
}

/** A pack's content: the index and each shard as JSON text, as `toShards` made them. */
export interface PackContent {
  meta: PackMeta;
  index: string;
  shards: string[];
}

/** Why a file is not a pack this Backstory can load; `kind` lets a caller tell them apart. */
export class PackError extends Error {
  constructor(
    readonly kind: 'not-a-pack' | 'version' | 'truncated' | 'checksum' | 'content',
    message: string,
  ) {
    super(message);
    this.name = 'PackError';
  }
}

/** The metadata of a sharded index and the credit given for it. */
export function packMeta(index: ShardedIndex, credit: PackCredit): PackMeta {
  return {
    ...credit,
    kbVersion: index.version,
    shardCount: shardFileNames(index).length,
    articles: index.documentCount,
    entities: index.entityCount,
    events: index.events.length,
  };
}

/** Gzip as every browser and node give it. */
export const gzip: Compress = (body) => through(body, new CompressionStream('gzip'));

async function through(
  bytes: Uint8Array<ArrayBuffer>,
  transform: CompressionStream | DecompressionStream,
  onBytes?: (done: number) => void,
): Promise<Uint8Array<ArrayBuffer>> {
  const writer = transform.writable.getWriter();
  const writing = (async () => {
    // Fed in slices so progress moves while a large body decompresses.
    const SLICE = 1 << 20;
    for (let at = 0; at < bytes.length; at += SLICE) {
      await writer.write(bytes.subarray(at, at + SLICE));
      onBytes?.(Math.min(at + SLICE, bytes.length));
    }
    await writer.close();
  })();
  const out = new Uint8Array(await new Response(transform.readable).arrayBuffer());
  await writing;
  return out;
}

/** Zstandard decoded in slices (fzstd), yielding between them so progress shows. */
async function unzstd(body: Uint8Array, onBytes: (done: number) => void): Promise<Uint8Array<ArrayBuffer>> {
  const parts: Uint8Array[] = [];
  const decoder = new Decompress((part) => parts.push(part));
  const SLICE = 1 << 20;
  for (let at = 0; at < body.length; at += SLICE) {
    decoder.push(body.subarray(at, at + SLICE), at + SLICE >= body.length);
    onBytes(Math.min(at + SLICE, body.length));
    await new Promise((next) => setTimeout(next, 0));
  }
  return new Uint8Array(await new Blob(parts as BlobPart[]).arrayBuffer());
}

const sha256 = async (bytes: Uint8Array<ArrayBuffer>) => new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));

/** The pack's bytes: deterministic, as the KB is (the same content and codec give the same file). */
export async function writePack({ meta, index, shards }: PackContent, codec: PackCodec = 'gzip', compress: Compress = gzip): Promise<Uint8Array<ArrayBuffer>> {
  if (shards.length !== meta.shardCount) throw new Error(`the index has ${meta.shardCount} shards but ${shards.length} were given`);
  const lines = [JSON.stringify(meta), index, ...shards.map((s) => JSON.stringify(slimShard(JSON.parse(s) as ShardContent)))];
  for (const [n, line] of lines.entries()) if (line.includes('\n')) throw new Error(`part ${n} of the pack is not one line of JSON`);
  const body = await compress(new TextEncoder().encode(`${lines.join('\n')}\n`));
  const pack = new Uint8Array(PACK_HEADER_BYTES + body.length);
  pack.set(new TextEncoder().encode(PACK_MAGIC), 0);
  const view = new DataView(pack.buffer);
  view.setUint32(8, PACK_FORMAT_VERSION, true);
  view.setUint32(12, body.length, true);
  pack.set(await sha256(body), 16);
  view.setUint32(48, PACK_CODECS[codec], true);
  pack.set(body, PACK_HEADER_BYTES);
  return pack;
}

/** The header's fields, checked: what kind of file this is and whether it is whole. */
function checkHeader(pack: Uint8Array<ArrayBuffer>): { bodyLength: number; checksum: Uint8Array; codec: number } {
  // A file shorter than the magic that starts as it does is a pack cut short, not another file.
  const magic = new TextDecoder().decode(pack.subarray(0, PACK_MAGIC.length));
  if (!pack.length || !PACK_MAGIC.startsWith(magic)) throw new PackError('not-a-pack', 'This file is not a Backstory knowledge base pack.');
  if (pack.length < PACK_HEADER_BYTES)
    throw new PackError('truncated', `This pack is cut short: ${pack.length} bytes, not even its ${PACK_HEADER_BYTES}-byte header. Copy or download it again.`);
  const view = new DataView(pack.buffer, pack.byteOffset, pack.byteLength);
  const version = view.getUint32(8, true);
  if (version !== PACK_FORMAT_VERSION)
    throw new PackError(
      'version',
      `This pack has format version ${version}, but this Backstory reads version ${PACK_FORMAT_VERSION}. ${version > PACK_FORMAT_VERSION ? 'Update Backstory' : 'Build the pack again with this Backstory'} to load it.`,
    );
  const bodyLength = view.getUint32(12, true);
  const whole = PACK_HEADER_BYTES + bodyLength;
  if (pack.length < whole)
    throw new PackError(
      'truncated',
      `This pack is cut short: ${pack.length.toLocaleString('en')} of its ${whole.toLocaleString('en')} bytes. Copy or download it again.`,
    );
  if (pack.length > whole)
    throw new PackError('not-a-pack', `This pack has ${(pack.length - whole).toLocaleString('en')} bytes more than its header says: it is damaged.`);
  return { bodyLength, checksum: pack.subarray(16, 48), codec: view.getUint32(48, true) };
}

function parseMeta(line: string | undefined): PackMeta {
  const meta = JSON.parse(line ?? 'null') as Partial<PackMeta> | null;
  const text = (v: unknown) => typeof v === 'string' || v === null;
  if (
    !meta ||
    typeof meta.name !== 'string' ||
    ![meta.from, meta.to, meta.licence].every(text) ||
    ![meta.kbVersion, meta.shardCount, meta.articles, meta.entities, meta.events].every(Number.isInteger)
  )
    throw new PackError('content', 'This pack has no valid description (name, dates, licence and counts).');
  return meta as PackMeta;
}

/**
 * A pack's content, every check passed: its format version, its length, its checksum, then that
 * it holds the index and every shard the index counts. `onBytes` follows the decompression, in
 * bytes of the body. Each failure is a PackError saying what is wrong.
 */
export async function readPack(pack: Uint8Array<ArrayBuffer>, onBytes?: (done: number, total: number) => void): Promise<PackContent> {
  const { bodyLength, checksum, codec } = checkHeader(pack);
  const body = pack.subarray(PACK_HEADER_BYTES);
  const actual = await sha256(body);
  if (!actual.every((b, i) => b === checksum[i]))
    throw new PackError('checksum', 'This pack is damaged: its checksum does not match its content. Copy or download it again.');
  let text: string;
  try {
    const progress = (done: number) => onBytes?.(done, bodyLength);
    if (codec !== PACK_CODECS.gzip && codec !== PACK_CODECS.zstd) throw new Error(`it is compressed with codec ${codec}, unknown to this Backstory`);
    const bytes = codec === PACK_CODECS.gzip ? await through(body, new DecompressionStream('gzip'), progress) : await unzstd(body, progress);
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new PackError('content', `This pack's content cannot be decompressed: ${(error as Error).message}`);
  }
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  try {
    const meta = parseMeta(lines[0]);
    const [index = '', ...shards] = lines.slice(1);
    const parsed = parseShardedIndex(JSON.parse(index));
    const files = shardFileNames(parsed);
    if (files.length !== meta.shardCount || shards.length !== meta.shardCount)
      throw new Error(`its index counts ${files.length} shards, its description ${meta.shardCount}, and it holds ${shards.length}`);
    // Each shard is checked once here, so a reader that stores it never meets a bad one later.
    const full = shards.map((shard, n) => JSON.stringify(fullShard(parseShardFile(files[n] as string, JSON.parse(shard)))));
    return { meta, index, shards: full };
  } catch (error) {
    if (error instanceof PackError) throw error;
    throw new PackError('content', `This pack does not hold a knowledge base this Backstory can read: ${(error as Error).message}`);
  }
}

/** A pack's id: the start of its checksum in hex, so the same pack loaded twice is stored once. */
export const packIdOf = (pack: Uint8Array) => [...pack.subarray(16, 24)].map((b) => b.toString(16).padStart(2, '0')).join('');

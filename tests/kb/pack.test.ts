/** A KB pack gives back the sharded KB it was written from, and refuses a wrong version, a damaged or a cut-off file, each in its own words. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityCardData, toEntityCardData } from '../../lib/kb/entity-card-data';
import { createKbIndex } from '../../lib/kb/kb-index';
import { parseShardedIndex } from '../../lib/kb/load';
import { PACK_FORMAT_VERSION, PACK_HEADER_BYTES, type PackContent, PackError, packMeta, readPack, writePack } from '../../lib/kb/pack';
import type { Kb } from '../../lib/kb/schema';
import { createShardedKbIndex } from '../../lib/kb/sharded-index';
import { shardFileNames, shardFiles, toShards } from '../../lib/kb/shards';
import { bundledKb } from './bundled-kb';

let kb: Kb;
let content: PackContent;
let pack: Uint8Array<ArrayBuffer>;

beforeAll(async () => {
  kb = await bundledKb();
  const cut = toShards(kb);
  const { index } = cut;
  const credit = { name: 'Bundled corpus', from: '2024-01-02', to: '2024-03-04', licence: 'CC BY 4.0, the authors' };
  content = { meta: packMeta(index, credit), index: JSON.stringify(index), shards: shardFiles(cut).map(([, s]) => JSON.stringify(s)) };
  pack = await writePack(content);
}, 120_000);

/** The PackError `readPack` gives for `bytes`. */
async function refusal(bytes: Uint8Array<ArrayBuffer>): Promise<PackError> {
  const error = await readPack(bytes).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof PackError)) throw new Error(`expected a PackError, got ${String(error)}`);
  return error;
}

describe('KB pack', () => {
  it('reads back the index, every shard and the credit it was written with', async () => {
    const back = await readPack(pack);
    expect(back).toEqual(content);
    expect(back.meta).toMatchObject({ name: 'Bundled corpus', from: '2024-01-02', to: '2024-03-04', licence: 'CC BY 4.0, the authors' });
    expect(back.meta).toMatchObject({ articles: kb.documents.length, entities: kb.entities.length, events: kb.events.length });
  });

  it('gives cards the whole KB gives, read through createShardedKbIndex', async () => {
    const back = await readPack(pack);
    const parsed = parseShardedIndex(JSON.parse(back.index));
    const files = shardFileNames(parsed);
    const index = createShardedKbIndex(parsed, async (file) => JSON.parse(back.shards[files.indexOf(file)] ?? ''));
    const whole = createKbIndex(kb);
    const page = { url: null, text: '', entities: [] };
    for (const { id } of kb.entities) {
      expect(await loadEntityCardData(index, id, page, '2026-01-01')).toEqual(toEntityCardData(whole, id, page, '2026-01-01'));
    }
  });

  it('is the same bytes for the same content, and reports its progress in bytes', async () => {
    expect(await writePack(content)).toEqual(pack);
    const seen: [number, number][] = [];
    await readPack(pack, (done, total) => seen.push([done, total]));
    expect(seen.at(-1)).toEqual([pack.length - PACK_HEADER_BYTES, pack.length - PACK_HEADER_BYTES]);
  });

  it('refuses a pack of another format version, saying which', async () => {
    const newer = pack.slice();
    new DataView(newer.buffer).setUint32(8, PACK_FORMAT_VERSION + 1, true);
    const error = await refusal(newer);
    expect(error.kind).toBe('version');
    expect(error.message).toContain(`format version ${PACK_FORMAT_VERSION + 1}, but this Backstory reads version ${PACK_FORMAT_VERSION}. Update Backstory`);
  });

  it('refuses a pack of another KB schema version', async () => {
    const index = JSON.stringify({ ...JSON.parse(content.index), version: 99 });
    const error = await refusal(await writePack({ ...content, index }));
    expect(error.kind).toBe('content');
    expect(error.message).toMatch(/schema version 99/);
  });

  it('refuses a damaged pack by its checksum', async () => {
    const damaged = pack.slice();
    damaged.set([(damaged[PACK_HEADER_BYTES + 100] as number) ^ 1], PACK_HEADER_BYTES + 100);
    const error = await refusal(damaged);
    expect(error.kind).toBe('checksum');
    expect(error.message).toMatch(/checksum does not match/);
  });

  it('refuses a cut-off pack, saying how much of it there is', async () => {
    for (const length of [3, 20, pack.length - 1]) {
      const error = await refusal(pack.slice(0, length));
      expect(error.kind).toBe('truncated');
      expect(error.message).toMatch(new RegExp(`cut short: ${length.toLocaleString('en')}`));
    }
  });

  it('refuses a file that is no pack', async () => {
    const error = await refusal(new TextEncoder().encode('{"version":3,"layout":"backstory-shards"}\n'));
    expect(error.kind).toBe('not-a-pack');
    expect((await refusal(new Uint8Array())).kind).toBe('not-a-pack');
  });

  it('refuses a pack whose shards are missing', async () => {
    const error = await refusal(await writePack({ ...content, meta: { ...content.meta, shardCount: 0 }, shards: [] }));
    expect(error.kind).toBe('content');
    expect(error.message).toMatch(/counts \d+ shards, its description 0, and it holds 0/);
  });
});

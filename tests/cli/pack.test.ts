/** `backstory build --pack` and `backstory pack` write the same pack of a corpus, with its name, dates and licence, which reads back to the KB's shards. */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWholeKb } from '../../cli/kb-files';
import { licenceFromReadme } from '../../cli/pack-file';
import { readPack } from '../../lib/kb/pack';
import { shardFiles, toShards } from '../../lib/kb/shards';

const CLI = new URL('../../cli/backstory.mjs', import.meta.url).pathname;
const CORPUS = new URL('../e2e/fixtures/pack-corpus/port-news.jsonl', import.meta.url).pathname;
let dir: string;

function backstory(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('node', [CLI, ...args], { env: { ...process.env, CI: '1' } }, (error, stdout, stderr) => (error ? reject(new Error(stderr)) : resolve(stdout)));
  });
}

const bytesOf = async (path: string) => new Uint8Array(await readFile(path));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'backstory-pack-'));
  await backstory(['build', CORPUS, '--out', join(dir, 'kb.json'), '--shards', '--pack', join(dir, 'built.pack')]);
}, 120_000);

describe('backstory pack', () => {
  it('build --pack writes the KB it built, named after the corpus, with its dates and its README licence', async () => {
    const pack = await readPack(await bytesOf(join(dir, 'built.pack')));
    expect(pack.meta).toMatchObject({
      name: 'port-news',
      from: '2023-01-12',
      to: '2023-09-21',
      licence: "CC0 1.0, written for Backstory's tests",
      articles: 3,
    });
    const cut = toShards(await readWholeKb(join(dir, 'kb.json')));
    expect(pack.index).toBe(JSON.stringify(cut.index));
    expect(pack.shards).toEqual(shardFiles(cut).map(([, s]) => JSON.stringify(s)));
  });

  it('pack of the built KB writes the same bytes as build --pack', async () => {
    const out = await backstory(['pack', join(dir, 'kb.json'), '--out', join(dir, 'packed.pack'), '--name', 'port-news', '--source', CORPUS]);
    expect(out).toMatch(/^Packed .*packed\.pack: [\d,]+ bytes, licence "CC0 1\.0/);
    expect(await bytesOf(join(dir, 'packed.pack'))).toEqual(await bytesOf(join(dir, 'built.pack')));
  }, 60_000);

  it('takes a licence and a name from flags, and writes gzip on request', async () => {
    await backstory(['pack', join(dir, 'kb.json'), '--out', join(dir, 'gzip.pack'), '--name', 'Port', '--licence', 'CC BY 4.0', '--codec', 'gzip']);
    const pack = await readPack(await bytesOf(join(dir, 'gzip.pack')));
    expect(pack.meta).toMatchObject({ name: 'Port', licence: 'CC BY 4.0' });
    expect(pack.shards).toEqual((await readPack(await bytesOf(join(dir, 'built.pack')))).shards);
  }, 60_000);

  it('refuses an unknown codec and a missing --out, saying how to call it', async () => {
    await expect(backstory(['pack', join(dir, 'kb.json'), '--out', join(dir, 'x.pack'), '--codec', 'lz4'])).rejects.toThrow(
      /--codec must be zstd or gzip, not "lz4"/,
    );
    await expect(backstory(['pack', join(dir, 'kb.json')])).rejects.toThrow(/Usage: backstory pack KB --out FILE/);
  }, 60_000);
});

describe('licenceFromReadme', () => {
  it('reads a "Licence:" line, or the licence cell of the table row naming the file', () => {
    expect(licenceFromReadme('# Corpus\n\nLicense: CC BY 4.0, Example News\n', 'a.jsonl')).toBe('CC BY 4.0, Example News');
    const table = '| file | records | licence |\n|---|---|---|\n| `a.jsonl` | 3 | CC0 |\n| `b.jsonl` | 9 | CC BY-SA 4.0, the editors |\n';
    expect(licenceFromReadme(table, 'b.jsonl')).toBe('CC BY-SA 4.0, the editors');
    expect(licenceFromReadme(table, 'c.jsonl')).toBeNull();
    expect(licenceFromReadme('# Corpus\n\nNo terms given.\n', 'a.jsonl')).toBeNull();
  });
});

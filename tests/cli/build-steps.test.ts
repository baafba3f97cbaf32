/** `backstory extract | merge --finalize` and `build --shards` give the KB buildKb gives: the commands as a cluster or a user runs them. */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKbFile, readWholeKb } from '../../cli/kb-files';
import { serializeKb } from '../../lib/kb/build';
import { createKbIndex } from '../../lib/kb/kb-index';
import { shardsFolderOf } from '../../lib/kb/shards';
import { annotate } from '../../lib/match/annotate';
import { BUNDLED_CORPUS, bundledKb } from '../kb/bundled-kb';

const CLI = new URL('../../cli/backstory.mjs', import.meta.url).pathname;
let dir: string;

/** Runs `backstory ARGS`, with `input` on stdin; resolves to stdout, rejects with stderr on a non-zero exit. */
function backstory(args: string[], input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile('node', [CLI, ...args], { maxBuffer: 64 * 2 ** 20, env: { ...process.env, CI: '1' } }, (error, stdout, stderr) =>
      error ? reject(new Error(stderr)) : resolve(stdout),
    );
    child.stdin?.end(input ?? '');
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'backstory-steps-'));
});

describe('backstory extract and merge', () => {
  it('extract | merge (in two groups) | merge --finalize writes the bundled KB byte for byte', async () => {
    const states = (await backstory(['extract', BUNDLED_CORPUS])).trim().split('\n');
    expect(states).toHaveLength(3);
    const left = await backstory(['merge'], `${states[2]}\n${states[0]}\n`);
    await writeFile(join(dir, 'right.jsonl'), `${states[1]}\n`);
    await writeFile(join(dir, 'left.jsonl'), left);
    await backstory(['merge', '--finalize', '--out', join(dir, 'kb.json'), join(dir, 'right.jsonl'), join(dir, 'left.jsonl')]);
    expect(await readFile(join(dir, 'kb.json'), 'utf8')).toBe(serializeKb(await bundledKb()));
  }, 180_000);

  it('extract reads JSONL articles on stdin, named by their "file" field or by line', async () => {
    const lines = [
      JSON.stringify({ text: 'Prime Minister Jane Holloway met the Northern Fisheries Council in Oslo.', file: 'wire/holloway.txt' }),
      '',
      JSON.stringify({ text: 'Holloway visited Bergen on Monday.' }),
      '{"text": 3}',
    ];
    const out = await backstory(['extract', '--name', 'part-7'], lines.join('\n'));
    expect(
      out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).documents[0].file),
    ).toEqual(['wire/holloway.txt', 'part-7#3']);
  }, 90_000);

  it('merge names the input and line of a line that is not a state', async () => {
    await expect(backstory(['merge'], '{"version":1,"documents":[],"entities":[],"events":[]}\nnot json\n')).rejects.toThrow(/stdin:2: invalid JSON/);
  }, 90_000);
});

describe('backstory build --shards', () => {
  it('writes an index and shards that the CLI reads back as the whole KB, for inspect and annotate alike', async () => {
    const out = join(dir, 'sharded.json');
    await backstory(['build', BUNDLED_CORPUS, '--out', out, '--shards', '--threads', '2']);
    const kb = await bundledKb();
    expect(serializeKb(await readWholeKb(out))).toBe(serializeKb(kb));
    const page = await readFile(join(BUNDLED_CORPUS, kb.documents[0]?.file as string), 'utf8');
    expect(annotate(await loadKbFile(out), page)).toEqual(annotate(createKbIndex(kb), page));
    // Written in ASCII (lib/kb/ascii-json.ts), though the KB's sentences hold other characters.
    const isAscii = (text: string) => [...text].every((c) => c.charCodeAt(0) < 0x80);
    expect(isAscii(serializeKb(kb))).toBe(false);
    const folder = shardsFolderOf(out);
    for (const file of [out, ...(await readdir(folder)).map((name) => join(folder, name))]) expect(isAscii(await readFile(file, 'utf8')), file).toBe(true);
  }, 180_000);
});

/** `backstory extract | merge --finalize` and `build --shards` give the KB buildKb gives: the commands as a cluster or a user runs them. */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { serializeKb } from '../../lib/kb/build';
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
  }, 60_000);

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
  }, 30_000);

  it('merge names the input and line of a line that is not a state', async () => {
    await expect(backstory(['merge'], '{"version":1,"documents":[],"entities":[],"events":[]}\nnot json\n')).rejects.toThrow(/stdin:2: invalid JSON/);
  }, 30_000);
});

describe('backstory build --shards', () => {
  it('writes an index and shards that inspect and annotate read as the whole KB', async () => {
    const out = join(dir, 'sharded.json');
    await backstory(['build', BUNDLED_CORPUS, '--out', out, '--shards', '--threads', '2']);
    const inspected = await backstory(['inspect', '--json', '--kb', out]);
    const whole = join(dir, 'whole.json');
    await writeFile(whole, serializeKb(await bundledKb()));
    expect(inspected).toBe(await backstory(['inspect', '--json', '--kb', whole]));
    const page = join(BUNDLED_CORPUS, (await bundledKb()).documents[0]?.file as string);
    expect(await backstory(['annotate', '--json', '--kb', out, page])).toBe(await backstory(['annotate', '--json', '--kb', whole, page]));
  }, 90_000);
});

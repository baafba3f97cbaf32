/** `backstory extract | merge --finalize` and `build --shards` give the KB buildKb gives: the commands as a cluster or a user runs them. */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusArticles, listFiles } from '../../cli/article-stream';
import { loadKbFile, readWholeKb } from '../../cli/kb-files';
import type { Article } from '../../lib/corpus/article';
import { buildKb, serializeKb } from '../../lib/kb/build';
import { createKbIndex } from '../../lib/kb/kb-index';
import { shardsFolderOf } from '../../lib/kb/shards';
import { annotate } from '../../lib/match/annotate';
import { BUNDLED_CORPUS, bundledKb } from '../kb/bundled-kb';

const CLI = new URL('../../cli/backstory.mjs', import.meta.url).pathname;
let dir: string;

/** Runs `backstory ARGS`, with `input` on stdin; resolves to stdout and stderr, rejects with stderr on a non-zero exit. */
function run(args: string[], input?: string): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = execFile('node', [CLI, ...args], { maxBuffer: 64 * 2 ** 20, env: { ...process.env, CI: '1' } }, (error, stdout, stderr) =>
      error ? reject(new Error(stderr)) : resolve({ stdout, stderr }),
    );
    child.stdin?.end(input ?? '');
  });
}

/** Runs `backstory ARGS` (`run`); resolves to stdout. */
const backstory = async (args: string[], input?: string) => (await run(args, input)).stdout;

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

describe('backstory build of a JSONL file', () => {
  /** 150 lines, more than a worker's block: line 4 not JSON, line 8 blank, line 101 no article, line 6 named by its "file" field. */
  const lines = Array.from({ length: 150 }, (_, n) => {
    if (n === 3) return 'not json';
    if (n === 7) return '';
    if (n === 100) return '{"text": 3}';
    const text = `Prime Minister Jane Holloway met the Northern Fisheries Council in Oslo, meeting ${n + 1} of the year.`;
    return JSON.stringify(n === 5 ? { text, file: 'wire/holloway.txt' } : { text, date: '2024-03-04' });
  });

  it('reads the lines in the worker threads: a bad line is named by its number and skipped, the KB is that of the other lines', async () => {
    const corpus = join(dir, 'corpus.jsonl');
    await writeFile(corpus, `${lines.join('\n')}\n`);
    const { stderr } = await run(['build', corpus, '--out', join(dir, 'jsonl-kb.json'), '--threads', '2']);
    expect(stderr).toContain('skipped corpus.jsonl:4: invalid JSON');
    expect(stderr).toContain('skipped corpus.jsonl:101: "text" must be a string, got number');
    expect(stderr.match(/skipped/g)).toHaveLength(2);
    const articles: Article[] = [];
    for await (const article of corpusArticles(await listFiles([corpus], () => {}), () => {})) articles.push(article);
    expect(articles.map((a) => a.file)).toContain('wire/holloway.txt');
    expect(await readFile(join(dir, 'jsonl-kb.json'), 'utf8')).toBe(serializeKb(buildKb(articles)));
  }, 90_000);

  it('refuses two articles of one name, in one block of lines as in two', async () => {
    for (const [at, what] of [
      [9, 'one block'],
      [140, 'two blocks'],
    ] as const) {
      const corpus = join(dir, 'twice.jsonl');
      const named = lines.map((line, n) => (n === at ? JSON.stringify({ text: 'Holloway visited Bergen.', file: 'wire/holloway.txt' }) : line));
      await writeFile(corpus, `${named.join('\n')}\n`);
      await expect(run(['build', corpus, '--out', join(dir, 'twice-kb.json')]), what).rejects.toThrow(/"wire\/holloway\.txt" is in two of the states/);
    }
  }, 90_000);
});

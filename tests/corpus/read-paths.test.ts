import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpusPaths } from '../../lib/corpus/read-paths';
import { bundled, fixture } from './gold';

describe('readCorpusPaths', () => {
  let root = '';

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'corpus-'));
    await mkdir(join(root, 'tree/world/asia'), { recursive: true });
    await writeFile(join(root, 'tree/world/asia/seoul.txt'), bundled('004_fe850a9c543d8108.txt'));
    await writeFile(join(root, 'tree/b.txt'), bundled('000_0d5ffab74231d77e.txt'));
    await writeFile(join(root, 'tree/a.jsonl'), fixture('mixed.jsonl'));
    await writeFile(join(root, 'tree/page.html'), fixture('harbor-talks.html'));
    await writeFile(join(root, 'tree/image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
    await writeFile(join(root, 'tree/notes.pdf'), 'not a corpus file');
    await writeFile(join(root, 'tree/.DS_Store'), 'hidden');
    await writeFile(join(root, 'single.txt'), bundled('003_bb7c1b80d40783f0.txt'));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('reads directories recursively and files directly, sorted by name', async () => {
    const { articles } = await readCorpusPaths([join(root, 'tree'), join(root, 'single.txt')]);
    expect(articles.map((a) => a.file)).toEqual(['a.jsonl#1', 'a.jsonl#2', 'a.jsonl#10', 'b.txt', 'page.html', 'single.txt', 'world/asia/seoul.txt']);
    expect(articles.find((a) => a.file === 'world/asia/seoul.txt')?.source).toBe('The Boston Globe');
  });

  it('reports broken files and missing paths as problems and goes on', async () => {
    const missing = join(root, 'missing');
    const { problems } = await readCorpusPaths([join(root, 'tree'), missing]);
    // Sorted by name like the articles; a path given directly keeps its name as given.
    expect(problems.map((p) => [p.file, p.line])).toEqual([
      [missing, undefined],
      ...[4, 5, 6, 7, 8, 9].map((line) => ['a.jsonl', line]),
      ['image.txt', undefined],
      ['notes.pdf', undefined],
    ]);
    expect(problems.find((p) => p.file === missing)?.message).toMatch(/^cannot read: .*ENOENT/);
    expect(problems.find((p) => p.file === 'image.txt')?.message).toMatch(/binary/);
  });
});

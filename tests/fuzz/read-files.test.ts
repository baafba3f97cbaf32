import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readCorpusPaths } from '../../lib/corpus/read-paths';
import { fuzzParams } from './fuzz-params';
import { articleText } from './news-text';

const dir = mkdtempSync(join(tmpdir(), 'backstory-fuzz-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A file's bytes: random garbage, or article text behind any byte-order mark, in the encoding the mark names or another. */
const fileBytes = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  fc
    .tuple(
      fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]),
      articleText,
      fc.constantFrom('utf8', 'utf16le', 'latin1') as fc.Arbitrary<BufferEncoding>,
    )
    .map(([bom, text, encoding]) => Buffer.concat([Buffer.from(bom), Buffer.from(text, encoding)])),
);

describe('readCorpusPaths on any bytes on disk', () => {
  it('reads or reports every file, naming it, and never rejects', async () => {
    const ext = fc.constantFrom('txt', 'md', 'html', 'jsonl', 'pdf', '');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fileBytes, ext), { minLength: 1, maxLength: 4 }), async (files) => {
        const sub = mkdtempSync(join(dir, 'run-'));
        const names = files.map(([bytes, e], i) => {
          const name = e ? `f${i}.${e}` : `f${i}`;
          writeFileSync(join(sub, name), bytes);
          return name;
        });
        const { articles, problems } = await readCorpusPaths([sub]);
        for (const name of names) {
          const told = [...articles.filter((a) => a.file.replace(/#\d+$/, '') === name), ...problems.filter((p) => p.file === name)];
          expect(told.length, name).toBeGreaterThan(0);
        }
        for (const p of problems) expect(names).toContain(p.file);
      }),
      fuzzParams(40),
    );
  });
});

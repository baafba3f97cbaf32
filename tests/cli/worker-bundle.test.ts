/** The build's workers load one bundled module (cli/worker-bundle.ts): what it exports, and that it is named by its content. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledModule } from '../../cli/worker-bundle';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'backstory-bundle-'));
  await writeFile(join(dir, 'words.ts'), 'export const WORDS: string[] = ["alpha", "beta"];\n');
  await writeFile(join(dir, 'entry.ts'), 'import { WORDS } from "./words";\nexport default (n: number): string => WORDS[n] ?? "none";\n');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const entry = () => pathToFileURL(join(dir, 'entry.ts'));

describe('bundledModule', () => {
  it('bundles a TypeScript module with what it imports into one file that Node loads as it is', async () => {
    const url = await bundledModule(entry());
    const code = await readFile(fileURLToPath(url), 'utf8');
    expect(code).toContain('"alpha"');
    expect(code).not.toMatch(/from ["']\.\/words/);
    const { default: word } = await import(url);
    expect([word(1), word(5)]).toEqual(['beta', 'none']);
  });

  it('names the bundle by its content: the same code gives the same file, changed code another', async () => {
    const first = await bundledModule(entry());
    expect(await bundledModule(entry())).toBe(first);
    await writeFile(join(dir, 'words.ts'), 'export const WORDS: string[] = ["gamma"];\n');
    const changed = await bundledModule(entry());
    expect(changed).not.toBe(first);
    const { default: word } = await import(changed);
    expect(word(0)).toBe('gamma');
  });

  it('refuses code that reads import.meta, whose paths would point into the temporary folder', async () => {
    await writeFile(join(dir, 'paths.ts'), 'export const HERE = new URL(".", import.meta.url).href;\n');
    await expect(bundledModule(pathToFileURL(join(dir, 'paths.ts')))).rejects.toThrow(/paths\.ts or a module it imports reads import\.meta/);
  });
});

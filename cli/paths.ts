import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createKbIndex, type KbIndex } from '../lib/kb/kb-index';
import { parseKb } from '../lib/kb/load';

/** The corpus bundled with Backstory. */
export const BUNDLED_CORPUS = fileURLToPath(new URL('../assets/corpus/', import.meta.url));
/** Where `backstory build` writes by default, and the extension build picks it up. */
export const BUNDLED_KB = fileURLToPath(new URL('../public/kb/bundled.json', import.meta.url));

/** Loads a KB file; a clear error when it is missing or of another version. */
export async function loadKbFile(path: string): Promise<KbIndex> {
  if (!existsSync(path)) throw new Error(`no knowledge base at ${path}: build one with \`npx backstory build --out ${path}\``);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  try {
    return createKbIndex(parseKb(json));
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`);
  }
}

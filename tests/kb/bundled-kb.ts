/** The KB built from the bundled corpus, once per test file: what the extension ships. */
import { fileURLToPath } from 'node:url';
import { readCorpusPaths } from '../../lib/corpus/read-paths';
import { buildKb } from '../../lib/kb/build';
import type { Kb } from '../../lib/kb/schema';

export const BUNDLED_CORPUS = fileURLToPath(new URL('../../assets/corpus/', import.meta.url));

let built: Promise<Kb> | undefined;

export function bundledKb(): Promise<Kb> {
  built ??= readCorpusPaths([BUNDLED_CORPUS]).then(({ articles }) => buildKb(articles));
  return built;
}

/**
 * `npm run kb`: the KB the extension ships (public/kb/bundled.json). By default it is built from the
 * bundled corpus, whole. With KB_CORPUS=FILE_OR_DIR it is built from that corpus instead, sharded
 * (a small index read at the service worker's start, records on demand), so that browser tests and
 * benchmarks can run against a large KB such as the world corpus.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../cli/backstory.mjs', import.meta.url));
const out = fileURLToPath(new URL('../public/kb/bundled.json', import.meta.url));
const corpus = process.env.KB_CORPUS;
if (corpus && !existsSync(corpus)) {
  console.error(`KB_CORPUS=${corpus}: no such file or folder`);
  process.exit(1);
}
const args = corpus ? ['build', corpus, '--shards', '--out', out] : ['build', '--out', out];
const run = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit' });
process.exit(run.status ?? 1);

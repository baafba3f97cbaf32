/**
 * `npx tsx eval/unknown-sample.ts LIST SEED [N]`: the seeded sample of the unknown-name list that
 * EVALUATION.md judges by reading. LIST is the file `npm run eval:pages -- --list LIST` writes; the
 * pool is its distinct (page, name, type) of kind "unknown" (the name's spaces collapsed), sorted,
 * and N of them (100) are drawn uniformly with `seedrandom(SEED)`. Prints one line per item with
 * the name's first context on the page, to judge before looking further.
 */
import { readFileSync } from 'node:fs';
import seedrandom from 'seedrandom';
import { draw } from './world-sample';

const [listFile, seed, n = '100'] = process.argv.slice(2);
if (!listFile || !seed) throw new Error('usage: npx tsx eval/unknown-sample.ts LIST SEED [N]');
const items = new Map<string, { page: string; name: string; type: string; context: string }>();
for (const line of readFileSync(listFile, 'utf8').split('\n').filter(Boolean)) {
  const { page, kind, surface, type, context } = JSON.parse(line);
  if (kind !== 'unknown') continue;
  const name = String(surface).replace(/\s+/g, ' ');
  const key = `${page}\t${name}\t${type}`;
  if (!items.has(key)) items.set(key, { page, name, type, context: String(context).replace(/\s+/g, ' ') });
}
const pool = [...items.keys()].sort();
const sample = draw(pool, Number(n), () => 1, seedrandom(seed));
console.log(`${sample.length} of ${pool.length} distinct (page, name, type), seed ${seed}`);
sample.forEach((key, i) => {
  const item = items.get(key);
  console.log(`${i + 1}\t${key}\t${item?.context ?? ''}`);
});

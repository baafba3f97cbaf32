/**
 * `npm run eval:world`: builds the KB of ../shared/data/world-2002-2026.jsonl (113,877 news items)
 * with the real CLI, as a user would, and prints what a reader of it meets: entities by type,
 * mentions lost to fragments, junk entities, role strings per person, KB size against the
 * corpus, build time and peak memory, events that stretch beyond one happening. BACKSTORY_DATA_DIR
 * overrides the data folder.
 * `-- --out FILE` keeps the KB built; `-- --kb FILE` scores a KB built before (whole or sharded), without building;
 * `-- --seed N` draws the samples for reading (eval/world-sample.ts) with another seed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readWholeKb } from '../cli/kb-files';
import { shardsFolderOf } from '../lib/kb/shards';
import { WORLD_CORPUS } from './world-corpus';
import { eventFigures, writeEventSample } from './world-events';
import { fragments, junkReason, rolesPerPerson } from './world-figures';
import { writeWorldSample } from './world-sample';

const CORPUS = WORLD_CORPUS;
const TOP = 100;

if (!existsSync(CORPUS)) {
  console.error(`eval:world cannot run: ${CORPUS} is absent (set BACKSTORY_DATA_DIR to the folder holding it).`);
  process.exit(1);
}

const { values } = parseArgs({ options: { out: { type: 'string' }, kb: { type: 'string' }, seed: { type: 'string', default: '20261206' } } });

/** Builds the KB with the CLI as a user runs it: its wall time and peak memory. */
function buildWorld(out: string, rssFile: string): { seconds: number; peakBytes: number } {
  const cli = fileURLToPath(new URL('../cli/backstory.mjs', import.meta.url));
  const preload = new URL('./peak-rss.mjs', import.meta.url).href;
  const t0 = performance.now();
  const build = spawnSync(process.execPath, ['--import', preload, cli, 'build', CORPUS, '--out', out], {
    env: { ...process.env, BACKSTORY_PEAK_RSS_FILE: rssFile },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (build.status !== 0) {
    console.error(`eval:world: the build failed (exit ${build.status ?? build.signal})`);
    process.exit(1);
  }
  return { seconds: (performance.now() - t0) / 1000, peakBytes: Number(readFileSync(rssFile, 'utf8')) };
}

const work = mkdtempSync(join(tmpdir(), 'backstory-world-'));
const out = values.kb ?? values.out ?? join(work, 'world.json');
const cost = values.kb ? null : buildWorld(out, join(work, 'peak-rss'));
// A sharded KB (--kb of a `build --shards`) counts its shards folder too.
const shards = shardsFolderOf(out);
const kbBytes = statSync(out).size + (existsSync(shards) ? readdirSync(shards).reduce((n, f) => n + statSync(join(shards, f)).size, 0) : 0);
const kb = await readWholeKb(out);
rmSync(work, { recursive: true, force: true });

const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;
const byType = ['person', 'place', 'organization'].map((t) => `${kb.entities.filter((e) => e.type === t).length} ${t}`);
const f = fragments(kb);
const junk = kb.entities.flatMap((e) => {
  const why = junkReason(e.name);
  return why ? [{ e, why }] : [];
});
const top = new Set([...kb.entities].sort((a, b) => b.docs.length - a.docs.length).slice(0, TOP));
const junkTop = junk.filter((j) => top.has(j.e));
const roles = rolesPerPerson(kb);
const corpusBytes = statSync(CORPUS).size;

console.log(`## World KB (${kb.documents.length} documents)\n`);
console.log('| figure | value |\n|---|---|');
console.log(`| entities by type | ${kb.entities.length}: ${byType.join(', ')} |`);
console.log(`| mentions (entity documents) in fragments | ${pct(f.inFragments, f.mentions)} of ${f.mentions} (target ≤ 1%) |`);
console.log(`| names under two or more types | ${f.splitNames} |`);
console.log(`| names with a leading function word or title | ${f.leftovers} |`);
console.log(`| junk entities | ${junk.length} in all, ${junkTop.length} among the ${TOP} most documented (target 0) |`);
console.log(
  `| role strings of the ${roles.people} people with roles | ${roles.raw} as written, ${roles.normalized} canonical roles on cards (${roles.rejected} strings rejected as no role) |`,
);
console.log(`| KB bytes / corpus bytes | ${mb(kbBytes)} / ${mb(corpusBytes)} (${(kbBytes / corpusBytes).toFixed(2)}×) |`);
console.log(`| build time | ${cost ? `${cost.seconds.toFixed(0)} s` : 'not measured (--kb)'} |`);
console.log(`| peak memory (RSS, workers included) | ${cost ? mb(cost.peakBytes) : 'not measured (--kb)'} |`);
const ev = eventFigures(kb);
const kinds = Object.entries(ev.byKind).map(([k, n]) => `${n} ${k}`);
console.log(`| events | ${ev.events}: ${kinds.join(', ')} |`);
console.log(
  `| multi-document events spanning more than 30 days of article dates | ${ev.long} of ${ev.multiDocument} (${pct(ev.long, ev.multiDocument)}; target ≤ 5%) |`,
);
console.log(`| storylines (chains of events) | ${ev.storylines} |`);
console.log('\nLargest fragments:');
for (const x of f.examples) console.log(`- ${x.name} (${x.type}, ${x.docs} docs): ${x.why}`);
const worstJunk = [...junk].sort((a, b) => b.e.docs.length - a.e.docs.length).slice(0, 15);
console.log('\nMost documented junk:');
for (const { e, why } of worstJunk) console.log(`- ${e.name} (${e.type}, ${e.docs.length} docs): ${why}`);
console.log(`\nSample for reading (seed ${values.seed}): ${writeWorldSample(kb, Number(values.seed))}`);
console.log(`Events sample for reading (seed ${values.seed}): ${writeEventSample(kb, Number(values.seed))}`);

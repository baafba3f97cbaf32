/**
 * `backstory build [FILES|DIRS…] [--out FILE] [--shards] [--threads N] [--pack FILE --name NAME --licence TEXT]`:
 * both build steps on one machine (`--pack`: a pack of the KB too, cli/pack-file.ts). Articles stream from the corpus to a pool of worker threads (extract), their states are
 * merged as they come back, and the merged state is finalized into the KB.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ENTITY_TYPE_WORDS, ENTITY_TYPES, type EntityType } from '../../lib/kb/entity-types';
import type { Kb } from '../../lib/kb/schema';
import { type ExtractPool, startExtractPool } from '../extract-pool';
import { corpusLicence, corpusName, PACK_OPTIONS, packCodec, packSummary, writePackFile } from '../pack-file';
import { BUNDLED_CORPUS, BUNDLED_KB } from '../paths';
import { problemReporter } from '../problems';
import { type Progress, progressBar } from '../progress';

/** "Built FILE from N articles, skipped M: …": the line a build ends with. */
export function buildSummary(out: string, kb: Kb, articles: number, skipped: number): string {
  const count = (type: EntityType) => kb.entities.filter((e) => e.type === type).length;
  return (
    `Built ${out} from ${articles} article${articles === 1 ? '' : 's'}${skipped ? `, skipped ${skipped}` : ''}: ` +
    `${ENTITY_TYPES.map((t) => `${count(t)} ${ENTITY_TYPE_WORDS[t].noun}`).join(', ')}, ${kb.events.length} events.`
  );
}

/** Ends the pool before an error that stops the build goes on: its threads would keep the process alive. */
const ending = (pool: ExtractPool) => async (error: unknown) => {
  await pool.destroy();
  throw error;
};

export async function runBuild(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { out: { type: 'string' }, shards: { type: 'boolean' }, threads: { type: 'string' }, pack: { type: 'string' }, ...PACK_OPTIONS },
  });
  const inputs = positionals.length ? positionals : [BUNDLED_CORPUS];
  const out = resolve(values.out ?? BUNDLED_KB);
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads > 0))
    throw new Error(`--threads must be a positive whole number, not "${values.threads}"`);
  // The workers start loading their module at once, while this thread loads the modules that
  // read the corpus; the modules of the last steps load while the workers extract. Imported before
  // the workers started, all of them kept both cores idle for as long.
  const pool = startExtractPool(threads);
  const { corpusParts, countArticles, listFiles } = await import('../article-stream').catch(ending(pool));
  const problems = problemReporter();
  const files = await listFiles(inputs, problems.report).catch(ending(pool));
  // The articles are counted for the progress bar while the workers extract; what they finish
  // before it exists goes on it when it starts.
  let progress: Progress | undefined;
  let early = 0;
  const extracting = pool.extract(corpusParts(files, problems.report), {
    onProblem: problems.report,
    onArticles: (count) => {
      if (progress) progress.tick(count);
      else early += count;
    },
  });
  // Its error is thrown where it is awaited, below, not as an unhandled rejection during the count.
  extracting.catch(() => {});
  const lastSteps = Promise.all([import('../../lib/kb/finalize'), import('../kb-files')]);
  lastSteps.catch(() => {});
  progress = progressBar(await countArticles(files).catch(ending(pool)), 'extracting');
  progress.tick(early);
  const state = await extracting;
  progress.stop();
  const [{ finalizeKb }, { writeKb }] = await lastSteps;
  if (!state.documents.length) {
    console.error(`backstory build: no readable article in ${inputs.join(', ')}${problems.count() ? ` (${problems.count()} skipped)` : ''}`);
    return 1;
  }
  const kb = finalizeKb(state);
  await writeKb(out, kb, values.shards ?? false);
  console.log(buildSummary(out, kb, state.documents.length, problems.count()));
  if (values.pack) {
    const pack = resolve(values.pack);
    const licence = values.licence ?? (await corpusLicence(inputs));
    const name = values.name ?? corpusName(inputs[0] as string);
    console.log(packSummary(pack, await writePackFile(pack, kb, { name, licence }, packCodec(values.codec)), licence));
  }
  return 0;
}

/**
 * `backstory build [FILES|DIRS…] [--out FILE] [--shards] [--threads N] [--pack FILE --name NAME --licence TEXT]`:
 * both build steps on one machine (`--pack`: a pack of the KB too, cli/pack-file.ts). Articles stream from the corpus to a pool of worker threads (extract), their states are
 * merged as they come back, and the merged state is finalized into the KB.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ENTITY_TYPE_WORDS, ENTITY_TYPES, type EntityType } from '../../lib/kb/entity-types';
import { finalizeKb } from '../../lib/kb/finalize';
import type { Kb } from '../../lib/kb/schema';
import { corpusParts, countArticles, listFiles } from '../article-stream';
import { extractInPool } from '../extract-pool';
import { writeKb } from '../kb-files';
import { corpusLicence, corpusName, packCodec, writePackFile } from '../pack-file';
import { BUNDLED_CORPUS, BUNDLED_KB } from '../paths';
import { problemReporter } from '../problems';
import { type Progress, progressBar } from '../progress';
import { PACK_OPTIONS, packSummary } from './pack';

/** "Built FILE from N articles, skipped M: …": the line a build ends with. */
export function buildSummary(out: string, kb: Kb, articles: number, skipped: number): string {
  const count = (type: EntityType) => kb.entities.filter((e) => e.type === type).length;
  return (
    `Built ${out} from ${articles} article${articles === 1 ? '' : 's'}${skipped ? `, skipped ${skipped}` : ''}: ` +
    `${ENTITY_TYPES.map((t) => `${count(t)} ${ENTITY_TYPE_WORDS[t].noun}`).join(', ')}, ${kb.events.length} events.`
  );
}

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
  const problems = problemReporter();
  const files = await listFiles(inputs, problems.report);
  // The workers start, and load their modules for a few seconds, while the articles are counted
  // for the progress bar; what they finish before it exists goes on it when it starts.
  let progress: Progress | undefined;
  let early = 0;
  const extracting = extractInPool(corpusParts(files, problems.report), {
    threads,
    onProblem: problems.report,
    onArticles: (count) => {
      if (progress) progress.tick(count);
      else early += count;
    },
  });
  // Its error is thrown where it is awaited, below, not as an unhandled rejection during the count.
  extracting.catch(() => {});
  progress = progressBar(await countArticles(files), 'extracting');
  progress.tick(early);
  const state = await extracting;
  progress.stop();
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

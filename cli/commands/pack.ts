/**
 * `backstory pack KB --out FILE [--name NAME] [--licence TEXT] [--source CORPUS] [--codec zstd|gzip]`: a finished KB
 * (whole or sharded) as one pack file for the options page's "Load a knowledge base pack".
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readWholeKb } from '../kb-files';
import { corpusLicence, corpusName, PACK_OPTIONS, packCodec, packSummary, writePackFile } from '../pack-file';

export async function runPack(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...PACK_OPTIONS, out: { type: 'string' }, source: { type: 'string' } },
  });
  const [input, ...extra] = positionals;
  if (!input || extra.length || !values.out) {
    console.error('Usage: backstory pack KB --out FILE [--name NAME] [--licence TEXT] [--source CORPUS] [--codec zstd|gzip]');
    return 2;
  }
  const out = resolve(values.out);
  const kb = await readWholeKb(resolve(input));
  const licence = values.licence ?? (values.source ? await corpusLicence([values.source]) : null);
  const name = values.name ?? corpusName(values.source ?? input);
  console.log(packSummary(out, await writePackFile(out, kb, { name, licence }, packCodec(values.codec)), licence));
  return 0;
}

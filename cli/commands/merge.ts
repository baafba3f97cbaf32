/**
 * `backstory merge [FILES…] [--finalize --out FILE [--shards]]`: step two of the build, the reduce
 * of a cluster run. KB state lines in (from `backstory extract` or earlier merges, on stdin or in
 * files), one merged state line out; with `--finalize`, the KB itself.
 */
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { finalizeKb } from '../../lib/kb/finalize';
import { parseKbState } from '../../lib/kb/kb-state';
import { createStateMerger, type StateMerger } from '../../lib/kb/merge-states';
import { writeLine } from '../json-lines';
import { writeKb } from '../kb-files';
import { buildSummary } from './build';

async function addLines(merger: StateMerger, input: Readable, name: string): Promise<void> {
  let line = 0;
  for await (const raw of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    line++;
    if (!raw.trim()) continue;
    const where = `${name}:${line}`;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      throw new Error(`${where}: invalid JSON: ${(error as Error).message}`);
    }
    merger.add(parseKbState(json, where));
  }
}

export async function runMerge(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { finalize: { type: 'boolean' }, out: { type: 'string' }, shards: { type: 'boolean' } },
  });
  if ((values.out || values.shards) && !values.finalize) throw new Error('--out and --shards write a KB: add --finalize');
  const merger = createStateMerger();
  if (positionals.length) for (const file of positionals) await addLines(merger, createReadStream(file), file);
  else await addLines(merger, process.stdin, 'stdin');
  const state = merger.state();
  if (!values.finalize) {
    await writeLine(process.stdout, state);
    return 0;
  }
  const kb = finalizeKb(state);
  if (!values.out) {
    if (values.shards) throw new Error('--shards needs --out FILE: the shards are written beside it');
    await writeLine(process.stdout, kb);
    return 0;
  }
  const out = resolve(values.out);
  await writeKb(out, kb, values.shards ?? false);
  console.error(buildSummary(out, kb, kb.documents.length, 0));
  return 0;
}

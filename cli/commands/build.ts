import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readCorpusPaths } from '../../lib/corpus/read-paths';
import { buildKb, serializeKb } from '../../lib/kb/build';
import { BUNDLED_CORPUS, BUNDLED_KB } from '../paths';

export async function runBuild(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { out: { type: 'string' } } });
  const inputs = positionals.length ? positionals : [BUNDLED_CORPUS];
  const out = resolve(values.out ?? BUNDLED_KB);
  const { articles, problems } = await readCorpusPaths(inputs);
  for (const p of problems) console.error(`skipped ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`);
  if (!articles.length) {
    console.error(`backstory build: no readable article in ${inputs.join(', ')}${problems.length ? ` (${problems.length} skipped)` : ''}`);
    return 1;
  }
  const kb = buildKb(articles);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, serializeKb(kb));
  const count = (type: string) => kb.entities.filter((e) => e.type === type).length;
  console.log(
    `Built ${out} from ${articles.length} article${articles.length === 1 ? '' : 's'}${problems.length ? `, skipped ${problems.length}` : ''}: ` +
      `${count('person')} people, ${count('place')} places, ${count('organization')} organizations, ${kb.events.length} events.`,
  );
  return 0;
}

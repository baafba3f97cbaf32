import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { readCorpusFile } from '../../lib/corpus/read-corpus';
import { contentRanges } from '../../lib/kb/document-record';
import { annotate } from '../../lib/match/annotate';
import { loadKbFile } from '../kb-files';
import { BUNDLED_KB } from '../paths';

export async function runAnnotate(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { kb: { type: 'string' }, json: { type: 'boolean' } },
  });
  if (!positionals.length) throw new Error('give a page or article to annotate: backstory annotate PAGE.html|ARTICLE.txt');
  const index = await loadKbFile(values.kb ?? BUNDLED_KB);
  let failed = 0;
  for (const path of positionals) {
    let content: string;
    try {
      content = await readFile(path, 'utf8');
    } catch (error) {
      console.error(`backstory annotate: cannot read ${path}: ${(error as Error).message}`);
      failed++;
      continue;
    }
    const { articles, problems } = readCorpusFile(basename(path), content);
    for (const p of problems) console.error(`backstory annotate: ${path}${p.line ? `:${p.line}` : ''}: ${p.message}`);
    failed += problems.length;
    for (const article of articles) {
      const { mentions, events } = annotate(index, article.text, { ranges: contentRanges(article), date: article.date });
      const file = article.file.replace(basename(path), path);
      if (values.json) {
        console.log(JSON.stringify({ file, mentions, events }));
        continue;
      }
      console.log(`${file}: ${mentions.length} mentions, ${mentions.filter((m) => m.entity).length} linked`);
      for (const m of mentions) {
        console.log(`  ${m.start}-${m.end}  ${m.text}  (${m.type})${m.entity ? `  → ${m.entity.name}  [${m.reason}]` : '  not in the KB'}`);
      }
    }
  }
  return failed ? 1 : 0;
}

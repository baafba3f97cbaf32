/**
 * `backstory extract [FILES|DIRS…]`: step one of the build, the map of a cluster run. Articles in
 * (files and folders, or JSONL on stdin), one KB state a line out on stdout.
 */
import { parseArgs } from 'node:util';
import { extractArticle } from '../../lib/kb/extract';
import { corpusArticles, jsonlArticles, listFiles } from '../article-stream';
import { writeLine } from '../json-lines';
import { problemReporter } from '../problems';

export async function runExtract(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { name: { type: 'string' } } });
  const problems = problemReporter();
  const articles = positionals.length
    ? corpusArticles(await listFiles(positionals, problems.report), problems.report)
    : jsonlArticles(process.stdin, values.name ?? 'stdin', problems.report);
  let count = 0;
  for await (const article of articles) {
    await writeLine(process.stdout, extractArticle(article));
    count++;
  }
  console.error(`Extracted ${count} article${count === 1 ? '' : 's'}${problems.count() ? `, skipped ${problems.count()}` : ''}.`);
  return 0;
}

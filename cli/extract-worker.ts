/**
 * A worker of `backstory build`'s pool (cli/extract-pool.ts), loaded as one bundled module
 * (cli/worker-bundle.ts): each task (cli/extract-task.ts) is a batch of articles or JSONL lines →
 * their merged KB states.
 */
import './worker-env';
import type { Article, ReadProblem } from '../lib/corpus/article';
import { type BatchResult, extractBatch } from '../lib/kb/extract';
import { jsonlLineArticle } from './article-stream';
import type { ExtractTask } from './extract-task';

/** The task's articles extracted and merged (`extractBatch`); its lines that are not articles among the failures. */
export default function runExtractTask(task: ExtractTask): BatchResult {
  if ('articles' in task) return extractBatch(task.articles);
  const articles: Article[] = [];
  const problems: ReadProblem[] = [];
  task.lines.split('\n').forEach((raw, n) => {
    const read = jsonlLineArticle(task.jsonl, task.first + n, raw);
    if (read === null) return;
    if ('message' in read) problems.push(read);
    else articles.push(read);
  });
  const { states, failed } = extractBatch(articles);
  return { states, failed: [...problems, ...failed] };
}

/**
 * A build worker's task (cli/extract-pool.ts): a batch of articles, or a block of consecutive
 * lines of a JSONL file, read into articles here in the worker rather than on the main thread,
 * which only splits the file into lines. A block travels as one string, cheaper to copy between
 * threads than its articles.
 */
import type { Article, ReadProblem } from '../lib/corpus/article';
import { type BatchResult, extractBatch } from '../lib/kb/extract';
import { jsonlLineArticle } from './article-stream';

export type ExtractTask =
  | { articles: Article[] }
  /** Lines `first`, `first + 1`… of JSONL file `jsonl`, joined by newlines (a line holds none). */
  | { jsonl: string; first: number; lines: string };

/** The task's articles extracted and merged (`extractBatch`); its lines that are not articles among the failures. */
export function runExtractTask(task: ExtractTask): BatchResult {
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

/** What a task that failed as a whole loses: each of its articles, or each non-blank line of its block, with why. */
export function taskProblems(task: ExtractTask, message: string): ReadProblem[] {
  if ('articles' in task) return task.articles.map(({ file }) => ({ file, message }));
  return task.lines.split('\n').flatMap((raw, n) => (raw.trim() ? [{ file: task.jsonl, line: task.first + n, message }] : []));
}

/**
 * A build worker's task (cli/extract-pool.ts): a batch of articles, or a block of consecutive
 * lines of a JSONL file, read into articles in the worker (cli/extract-worker.ts) rather than on
 * the main thread, which only splits the file into lines. A block travels as one string, cheaper
 * to copy between threads than its articles. No NLP module is imported here: the main thread
 * loads this before its workers start.
 */
import type { Article, ReadProblem } from '../lib/corpus/article';

export type ExtractTask =
  | { articles: Article[] }
  /** Lines `first`, `first + 1`… of JSONL file `jsonl`, joined by newlines (a line holds none). */
  | { jsonl: string; first: number; lines: string };

/** What a task that failed as a whole loses: each of its articles, or each non-blank line of its block, with why. */
export function taskProblems(task: ExtractTask, message: string): ReadProblem[] {
  if ('articles' in task) return task.articles.map(({ file }) => ({ file, message }));
  return task.lines.split('\n').flatMap((raw, n) => (raw.trim() ? [{ file: task.jsonl, line: task.first + n, message }] : []));
}

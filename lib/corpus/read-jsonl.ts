/** Reader for JSONL corpora (.jsonl, .ndjson): one article per line. */
import type { Article, ReadProblem } from './article';
import { toRecord } from './jsonl-record';
import { recordArticle } from './record-article';

/**
 * Read one article per non-blank line: `{"text": …, "title"?, "source"?, "date"?, "url"?,
 * "authors"?: [...]}`. Each article's `file` is `FILE#LINE` (1-based). Fields given in
 * the record win over what the text's own header says. A bad line becomes a problem
 * naming file and line; the other lines are still read. A date that is not understood
 * ("last week") is left null rather than reported, as the article itself is usable; so is a
 * URL that is not absolute http(s) (web-url.ts).
 */
export function readJsonl(file: string, text: string): { articles: Article[]; problems: ReadProblem[] } {
  const articles: Article[] = [];
  const problems: ReadProblem[] = [];
  // Editors on Windows save UTF-8 with a byte-order mark, which JSON.parse rejects: without
  // this the first record of such a file is lost as "invalid JSON".
  text
    .replace(/^\uFEFF/, '')
    .split('\n')
    .forEach((raw, index) => {
      const read = readJsonlLine(file, index + 1, raw);
      if (read === null) return;
      if ('message' in read) problems.push(read);
      else articles.push(read);
    });
  return { articles, problems };
}

/** One line of a JSONL corpus (1-based `line`): its article, a problem naming file and line, or null for a blank line. Lets a huge file be read as a stream. */
export function readJsonlLine(file: string, line: number, raw: string): Article | ReadProblem | null {
  if (raw.trim() === '') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    return { file, line, message: `invalid JSON: ${(error as Error).message}` };
  }
  const record = toRecord(parsed);
  if (typeof record === 'string') return { file, line, message: record };
  return recordArticle(`${file}#${line}`, record);
}

/**
 * Articles of corpus files and folders, one at a time: a JSONL file is read line by line, so a
 * corpus of any size streams through the build without its texts all in memory at once.
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Article, ReadProblem } from '../lib/corpus/article';
import { decodeText } from '../lib/corpus/decode-text';
import { readCorpusFile } from '../lib/corpus/read-corpus';
import { readJsonlLine } from '../lib/corpus/read-jsonl';
import { type CorpusFile, corpusFiles } from '../lib/corpus/read-paths';

const isJsonl = (name: string) => /\.(jsonl|ndjson)$/i.test(name);

/** Lines of a stream with their 1-based numbers (a UTF-8 byte-order mark dropped). */
async function* numberedLines(input: Readable): AsyncGenerator<[number, string]> {
  let line = 0;
  for await (const raw of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    line++;
    yield [line, line === 1 ? raw.replace(/^\uFEFF/, '') : raw];
  }
}

/**
 * Articles of JSONL lines: each named `name#LINE`, or by its own `"file"` field when it has one
 * (so articles split across the machines of a cluster keep one name each).
 */
export async function* jsonlArticles(input: Readable, name: string, onProblem: (p: ReadProblem) => void): AsyncGenerator<Article> {
  for await (const [line, raw] of numberedLines(input)) {
    const read = readJsonlLine(name, line, raw);
    if (read === null) continue;
    if ('message' in read) {
      onProblem(read);
      continue;
    }
    const own = (JSON.parse(raw) as { file?: unknown }).file;
    yield typeof own === 'string' && own.trim() ? { ...read, file: own.trim() } : read;
  }
}

/** The corpus files of `paths` (folders read recursively); paths that cannot be read go to `onProblem`. */
export async function listFiles(paths: string[], onProblem: (p: ReadProblem) => void): Promise<CorpusFile[]> {
  const read = { articles: [], problems: [] };
  const files = await corpusFiles(paths, read);
  read.problems.forEach(onProblem);
  return files;
}

/** Every article of `files`, in order; unreadable files and lines go to `onProblem`. */
export async function* corpusArticles(files: readonly CorpusFile[], onProblem: (p: ReadProblem) => void): AsyncGenerator<Article> {
  for (const { path, name } of files) {
    try {
      if (isJsonl(name)) {
        yield* jsonlArticles(createReadStream(path), name, onProblem);
        continue;
      }
      const read = readCorpusFile(name, decodeText(await readFile(path)));
      read.problems.forEach(onProblem);
      yield* read.articles;
    } catch (error) {
      onProblem({ file: name, message: `cannot read: ${(error as Error).message}` });
    }
  }
}

/** How many articles `files` hold at most (JSONL: non-blank lines), for the progress bar's ETA; a quick scan without parsing. */
export async function countArticles(files: readonly CorpusFile[]): Promise<number> {
  let count = 0;
  for (const { path, name } of files) {
    if (!isJsonl(name)) {
      count++;
      continue;
    }
    try {
      for await (const [, raw] of numberedLines(createReadStream(path))) if (raw.trim()) count++;
    } catch {
      // Unreadable: reported when the file is read.
    }
  }
  return count;
}

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
 * The article of line `line` of JSONL file `name`: named `name#LINE`, or by its own `"file"` field
 * when it has one (so articles split across the machines of a cluster keep one name each); a
 * problem naming file and line, or null for a blank line.
 */
export function jsonlLineArticle(name: string, line: number, raw: string): Article | ReadProblem | null {
  const read = readJsonlLine(name, line, raw);
  if (read === null || 'message' in read) return read;
  const own = (JSON.parse(raw) as { file?: unknown }).file;
  return typeof own === 'string' && own.trim() ? { ...read, file: own.trim() } : read;
}

/** The corpus files of `paths` (folders read recursively); paths that cannot be read go to `onProblem`. */
export async function listFiles(paths: string[], onProblem: (p: ReadProblem) => void): Promise<CorpusFile[]> {
  const read = { articles: [], problems: [] };
  const files = await corpusFiles(paths, read);
  read.problems.forEach(onProblem);
  return files;
}

/** The lines of a JSONL stream, its file named `name`. */
async function* jsonlLines(input: Readable, name: string): AsyncGenerator<JsonlLine> {
  for await (const [line, raw] of numberedLines(input)) yield { jsonl: name, line, raw };
}

/** A line of a JSONL file, not yet read into an article (`jsonlLineArticle`). */
export interface JsonlLine {
  jsonl: string;
  line: number;
  raw: string;
}

/**
 * Every article of `files`, in order, JSONL files' as their lines (a build reads those in its
 * worker threads); unreadable files go to `onProblem`.
 */
export async function* corpusParts(files: readonly CorpusFile[], onProblem: (p: ReadProblem) => void): AsyncGenerator<Article | JsonlLine> {
  for (const { path, name } of files) {
    try {
      if (isJsonl(name)) {
        yield* jsonlLines(createReadStream(path), name);
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

/** Articles of `parts`, JSONL lines read (`jsonlLineArticle`); bad lines go to `onProblem`. */
async function* readParts(parts: AsyncIterable<Article | JsonlLine>, onProblem: (p: ReadProblem) => void): AsyncGenerator<Article> {
  for await (const part of parts) {
    const read = 'jsonl' in part ? jsonlLineArticle(part.jsonl, part.line, part.raw) : part;
    if (read === null) continue;
    if ('message' in read) onProblem(read);
    else yield read;
  }
}

/** Every article of `files`, in order; unreadable files and lines go to `onProblem`. */
export const corpusArticles = (files: readonly CorpusFile[], onProblem: (p: ReadProblem) => void) => readParts(corpusParts(files, onProblem), onProblem);

/** The articles of a JSONL stream (`jsonlLineArticle`), its file named `name`; bad lines go to `onProblem`. */
export const jsonlArticles = (input: Readable, name: string, onProblem: (p: ReadProblem) => void) => readParts(jsonlLines(input, name), onProblem);

const [LF, CR, SPACE, TAB, VT, FF] = [0x0a, 0x0d, 0x20, 0x09, 0x0b, 0x0c];
const isBlank = (byte: number) => byte === SPACE || byte === TAB || byte === VT || byte === FF;

/**
 * Lines of a file holding any byte but a blank, scanned as bytes: a JSONL file's articles, at most
 * (a line of Unicode spaces alone counts). Lines end as readline's do, at "\n", "\r" or both;
 * past a line's first filled byte, the scan jumps to its end. Reading the world corpus's lines as
 * strings to count them took seconds of the main thread while the workers began.
 */
async function countFilledLines(path: string): Promise<number> {
  let [count, filled] = [0, false];
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    const jumps = !chunk.includes(CR);
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i] as number;
      if (byte === LF || byte === CR) {
        if (filled) count++;
        filled = false;
      } else if (!filled && !isBlank(byte)) {
        filled = true;
        if (jumps) {
          const end = chunk.indexOf(LF, i);
          i = (end === -1 ? chunk.length : end) - 1;
        }
      }
    }
  }
  return filled ? count + 1 : count;
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
      count += await countFilledLines(path);
    } catch {
      // Unreadable: reported when the file is read.
    }
  }
  return count;
}

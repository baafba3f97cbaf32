/** One file the user imports (from the options page): its bytes checked and read as corpus articles, one at a time. */
import type { Article, ReadProblem } from '../corpus/article';
import { decodeText } from '../corpus/decode-text';
import { readCorpusFile } from '../corpus/read-corpus';
import { readJsonlLine } from '../corpus/read-jsonl';
import { whyNotText } from '../corpus/text-check';
import { blobLines } from './blob-lines';
import { megabytes } from './import-report';

/**
 * Size limits. A single news article is a few tens of KB, so a .txt or .html file above 2 MB is
 * something else (a book, a dump, a page of inline images); a JSONL file holds a whole corpus,
 * and 100 MB (over 100,000 articles) is what an import can stage in the background at once.
 */
export const MAX_ARTICLE_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_JSONL_FILE_BYTES = 100 * 1024 * 1024;

/** How much of a JSONL file is looked at before streaming it, to refuse a binary one as a whole (text-check.ts samples no more). */
const TEXT_SAMPLE_BYTES = 8192;

const isJsonl = (name: string) => /\.(jsonl|ndjson)$/i.test(name);

/** The file's size limit, by its name. */
export function maxImportBytes(name: string): number {
  return isJsonl(name) ? MAX_JSONL_FILE_BYTES : MAX_ARTICLE_FILE_BYTES;
}

/** What reading an imported file gives, one at a time: an article (with its JSONL line) or a problem; each with the file's bytes read so far. */
export type ImportItem = ({ article: Article; line?: number } | { problem: ReadProblem }) & { bytesRead: number };

/**
 * Reads one imported file: its articles, and a problem naming it when it is too large, not text,
 * or not an article (and, for JSONL, one problem per bad line); never throws. `size` is checked
 * before the bytes are read, so a huge file is refused without loading it, and a JSONL file is
 * read as a stream, so progress moves within it.
 */
export async function* importItems(name: string, blob: Blob): AsyncGenerator<ImportItem> {
  const max = maxImportBytes(name);
  if (blob.size > max) {
    yield { problem: { file: name, message: `too large (${megabytes(blob.size)}; at most ${megabytes(max)} a file)` }, bytesRead: 0 };
    return;
  }
  if (!isJsonl(name)) {
    const read = readCorpusFile(name, decodeText(new Uint8Array(await blob.arrayBuffer())));
    for (const article of read.articles) yield { article, bytesRead: blob.size };
    for (const problem of read.problems) yield { problem, bytesRead: blob.size };
    return;
  }
  const notText = whyNotText(decodeText(new Uint8Array(await blob.slice(0, TEXT_SAMPLE_BYTES).arrayBuffer())));
  if (notText) {
    yield { problem: { file: name, message: notText }, bytesRead: 0 };
    return;
  }
  for await (const { line, text, bytesRead } of blobLines(blob)) {
    const read = readJsonlLine(name, line, text);
    if (read === null) continue;
    yield 'message' in read ? { problem: read, bytesRead } : { article: read, line, bytesRead };
  }
}

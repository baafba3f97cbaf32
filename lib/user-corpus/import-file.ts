/** One file the user imports (from the options page): its bytes checked and read as corpus articles. */
import { decodeText } from '../corpus/decode-text';
import { type CorpusRead, readCorpusFile } from '../corpus/read-corpus';

/**
 * Size limits. A single news article is a few tens of KB, so a .txt or .html file above 2 MB is
 * something else (a book, a dump, a page of inline images); a JSONL file holds a whole corpus,
 * and 100 MB (tens of thousands of articles) is what an import can read in one go.
 */
export const MAX_ARTICLE_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_JSONL_FILE_BYTES = 100 * 1024 * 1024;

const isJsonl = (name: string) => /\.(jsonl|ndjson)$/i.test(name);
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The file's size limit, by its name. */
export function maxImportBytes(name: string): number {
  return isJsonl(name) ? MAX_JSONL_FILE_BYTES : MAX_ARTICLE_FILE_BYTES;
}

/**
 * Reads one imported file: a problem naming it when it is too large, not text, or not an
 * article (and, for JSONL, one problem per bad line); never throws. `size` is checked before
 * the bytes are read, so a huge file is refused without loading it.
 */
export async function readImportFile(name: string, size: number, bytes: () => Promise<Uint8Array>): Promise<CorpusRead> {
  const max = maxImportBytes(name);
  if (size > max) return { articles: [], problems: [{ file: name, message: `too large (${megabytes(size)}; at most ${megabytes(max)} a file)` }] };
  return readCorpusFile(name, decodeText(await bytes()));
}

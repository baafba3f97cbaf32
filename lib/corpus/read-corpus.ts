/** One entry point for any corpus file: picks the reader by extension and never throws. */
import type { Article, ReadProblem } from './article';
import { readHtml } from './read-html';
import { readJsonl } from './read-jsonl';
import { readText } from './read-text';
import { whyNotText } from './text-check';

/** What reading one file or many gave: the articles, and the files (or lines) that could not be used. */
export interface CorpusRead {
  articles: Article[];
  problems: ReadProblem[];
}

type Reader = (file: string, content: string) => CorpusRead;

const one =
  (read: (file: string, content: string) => Article): Reader =>
  (file, content) => ({
    articles: [read(file, content)],
    problems: [],
  });

const readers: Record<string, Reader> = {
  txt: one(readText),
  text: one(readText),
  md: one(readText),
  html: one((file, content) => readHtml(file, content)),
  htm: one((file, content) => readHtml(file, content)),
  jsonl: readJsonl,
  ndjson: readJsonl,
};

/** The file extensions `readCorpusFile` understands, without the dot. */
export const corpusExtensions: readonly string[] = Object.keys(readers);

/**
 * Read one corpus file by its extension (.txt .text .md, .html .htm, .jsonl .ndjson).
 * An unsupported extension, binary or empty content, or a reader's error becomes a
 * problem naming the file; this function does not throw.
 */
export function readCorpusFile(file: string, content: string): CorpusRead {
  const extension = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
  const reader = readers[extension];
  if (!reader) {
    const what = extension ? `unsupported file type ".${extension}"` : 'no file extension';
    return { articles: [], problems: [{ file, message: `${what}; expected one of .${corpusExtensions.join(', .')}` }] };
  }
  const notText = whyNotText(content);
  if (notText) return { articles: [], problems: [{ file, message: notText }] };
  try {
    return reader(file, content);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // The problem names the file already; drop the "file: " a reader puts in front for its own callers.
    return { articles: [], problems: [{ file, message: message.replace(`${file}: `, '') }] };
  }
}

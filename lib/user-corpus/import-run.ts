/**
 * An import of many files into the user's corpus, as the options page runs it: each file read
 * and checked (a bad one is reported by name, and line, and skipped), its articles staged in the
 * background part by part, and everything committed at the end in one transaction. An error or
 * a cancel before the commit abandons what was staged: the stored corpus stays as it was.
 */
import type { ReadProblem } from '../corpus/article';
import { readImportFile } from './import-file';
import { type AddResult, toUserArticle, type UserArticle } from './user-article';

/** A file to import: its name (with its folder, for a folder import), its size, and a way to read its bytes. */
export interface ImportSource {
  name: string;
  size: number;
  bytes(): Promise<Uint8Array>;
}

/** The background's side of an import (messages of lib/messages.ts). */
export interface ImportTarget {
  stage(articles: UserArticle[]): Promise<unknown>;
  commit(): Promise<AddResult>;
  abandon(): Promise<unknown>;
}

export interface ImportReport extends AddResult {
  files: number;
  /** The files (and JSONL lines) skipped, with why. */
  problems: ReadProblem[];
}

/** Articles per staging message: a large JSONL file goes in parts, so no message grows huge. */
const STAGE_BATCH = 100;

/**
 * Imports `sources` into `target`; `progress(done, total, file)` after each file. `now` stamps
 * the articles' added time (one apart, so they keep the import's order).
 *
 * @throws when staging or committing fails (storage full): nothing of this import is then stored
 */
export async function runImport(
  sources: readonly ImportSource[],
  target: ImportTarget,
  progress: (done: number, total: number, file: string) => void,
  now: number,
  signal?: AbortSignal,
): Promise<ImportReport> {
  const problems: ReadProblem[] = [];
  let stamp = now;
  let staged = 0;
  try {
    for (const [i, source] of sources.entries()) {
      if (signal?.aborted) throw new Error('Import cancelled: nothing was added.');
      const read = await readImportFile(source.name, source.size, () => source.bytes());
      problems.push(...read.problems);
      const articles = read.articles.map((a) => toUserArticle(a, stamp++));
      for (let at = 0; at < articles.length; at += STAGE_BATCH) await target.stage(articles.slice(at, at + STAGE_BATCH));
      staged += articles.length;
      progress(i + 1, sources.length, source.name);
    }
    if (signal?.aborted) throw new Error('Import cancelled: nothing was added.');
    const result = staged ? await target.commit() : { added: 0, replaced: 0 };
    return { ...result, files: sources.length, problems };
  } catch (error) {
    await target.abandon().catch(() => undefined);
    throw error;
  }
}

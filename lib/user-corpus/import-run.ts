/**
 * An import of many files into the user's corpus, as the options page runs it: each file read
 * as it streams and checked (a bad file is reported by name, a bad JSONL line by file and line,
 * and skipped), its articles staged in the background part by part, and everything committed at
 * the end in one transaction. An error or a cancel before the commit abandons what was staged:
 * the stored corpus stays as it was.
 */
import type { ReadProblem } from '../corpus/article';
import { importItems } from './import-file';
import { type CommitResult, type ImportProgress, type ImportReport, whereOf } from './import-report';
import { toUserArticle, type UserArticle } from './user-article';

/** A file to import: its name (with its folder, for a folder import) and its bytes (a picked `File` is one). */
export interface ImportSource {
  name: string;
  blob: Blob;
}

/** The background's side of an import (messages of lib/messages.ts). */
export interface ImportTarget {
  stage(articles: UserArticle[]): Promise<unknown>;
  commit(): Promise<CommitResult>;
  abandon(): Promise<unknown>;
}

/** Articles per staging message: a large JSONL file goes in parts, so no message grows huge and progress moves within it. */
const STAGE_BATCH = 200;

const cancelled = (signal?: AbortSignal) => {
  if (signal?.aborted) throw new Error('Import cancelled: nothing was added.');
};

/**
 * Imports `sources` into `target`, calling `progress` after each staged part and before the
 * commit. Every article read is kept but one that repeats an earlier one of the import (same
 * URL and text, `userArticleId`), which is counted with where it is. `now` stamps the articles'
 * added time (one apart, so they keep the import's order).
 *
 * @throws when staging or committing fails (storage full) or on cancel: nothing of this import is then stored
 */
export async function runImport(
  sources: readonly ImportSource[],
  target: ImportTarget,
  progress: (p: ImportProgress) => void,
  now: number,
  signal?: AbortSignal,
): Promise<ImportReport> {
  const totalBytes = sources.reduce((sum, s) => sum + s.blob.size, 0);
  const problems: ReadProblem[] = [];
  const duplicates: ReadProblem[] = [];
  /** Where each article staged so far was read, by id. */
  const firstSeen = new Map<string, string>();
  let read = 0;
  let stamp = now;
  let batch: UserArticle[] = [];
  let bytesBefore = 0;
  const stage = async (file: string, bytesRead: number) => {
    if (batch.length) await target.stage(batch);
    batch = [];
    cancelled(signal);
    progress({ phase: 'reading', file, articles: firstSeen.size, bytesRead: bytesBefore + bytesRead, totalBytes });
  };
  try {
    for (const { name, blob } of sources) {
      cancelled(signal);
      for await (const item of importItems(name, blob)) {
        if ('problem' in item) {
          problems.push(item.problem);
          continue;
        }
        read++;
        const article = toUserArticle(item.article, stamp++);
        const where = whereOf({ file: name, line: item.line });
        const first = firstSeen.get(article.id);
        if (first) {
          duplicates.push({ file: name, line: item.line, message: `same URL and text as ${first}` });
          continue;
        }
        firstSeen.set(article.id, where);
        batch.push(article);
        if (batch.length >= STAGE_BATCH) await stage(name, item.bytesRead);
      }
      await stage(name, blob.size);
      bytesBefore += blob.size;
    }
    progress({ phase: 'storing', file: '', articles: firstSeen.size, bytesRead: totalBytes, totalBytes });
    const result = firstSeen.size ? await target.commit() : { added: 0, alreadyStored: 0 };
    return { ...result, files: sources.length, read, duplicates, problems };
  } catch (error) {
    await target.abandon().catch(() => undefined);
    throw error;
  }
}

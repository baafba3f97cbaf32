/**
 * An import of many files into the user's corpus, as the options page runs it: each file read
 * as it streams and checked (a bad file is reported by name, a bad JSONL line by file and line,
 * and skipped), its articles staged in the background part by part, then committed a chunk at a
 * time. An error or a cancel before the commit abandons what was staged: the stored corpus stays
 * as it was. The browser may stop the background at any time (a service worker lives 30 s without
 * an event, 5 minutes with one): a request it cut short is sent again, and every request of an
 * import may be sent twice (import-staging.ts).
 */
import type { ReadProblem } from '../corpus/article';
import { importItems } from './import-file';
import { type CommitStep, type ImportProgress, type ImportReport, whereOf } from './import-report';
import { toUserArticle, type UserArticle } from './user-article';

/** A file to import: its name (with its folder, for a folder import) and its bytes (a picked `File` is one). */
export interface ImportSource {
  name: string;
  blob: Blob;
}

/** The background's side of an import (messages of lib/messages.ts). */
export interface ImportTarget {
  begin(): Promise<unknown>;
  stage(articles: UserArticle[]): Promise<unknown>;
  /** Stores the next chunk of what was staged. */
  commit(): Promise<CommitStep>;
  abandon(): Promise<unknown>;
  /** Whether a request failed because the background stopped before it answered (sent again), not because it refused it. */
  cutShort(error: unknown): boolean;
}

/** Articles per staging message: a large JSONL file goes in parts, so no message grows huge and progress moves within it. */
const STAGE_BATCH = 200;
/** Times in a row one request is sent again after the background stopped: more means it stops at every try. */
const RESENDS = 5;

/** `send`'s answer, sending it again (at most RESENDS times in a row) when the background stopped before it answered. */
async function resending<T>(send: () => Promise<T>, target: ImportTarget): Promise<T> {
  for (let resent = 0; ; resent++) {
    try {
      return await send();
    } catch (error) {
      if (resent >= RESENDS || !target.cutShort(error)) throw error;
    }
  }
}

const cancelled = (signal?: AbortSignal) => {
  if (signal?.aborted) throw new Error('Import cancelled: nothing was added.');
};

/**
 * Imports `sources` into `target`, calling `progress` after each staged part and each stored chunk. Every article read is kept but one that repeats an earlier one of the import (same
 * URL and text, `userArticleId`), which is counted with where it is. `now` stamps the articles'
 * added time (one apart, so they keep the import's order).
 *
 * @throws on cancel, or when staging fails (storage full): nothing of this import is then stored; or when its
 *   commit fails, which the background then finishes on its own if it can
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
    const part = batch;
    if (part.length) await resending(() => target.stage(part), target);
    batch = [];
    cancelled(signal);
    progress({ phase: 'reading', file, articles: firstSeen.size, stored: 0, bytesRead: bytesBefore + bytesRead, totalBytes });
  };
  try {
    await resending(() => target.begin(), target);
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
    const storing = (stored: number) => progress({ phase: 'storing', file: '', articles: firstSeen.size, stored, bytesRead: totalBytes, totalBytes });
    let step: CommitStep = { added: 0, alreadyStored: 0, done: !firstSeen.size };
    while (!step.done) {
      storing(step.added + step.alreadyStored);
      step = await resending(() => target.commit(), target);
    }
    return { added: step.added, alreadyStored: step.alreadyStored, files: sources.length, read, duplicates, problems };
  } catch (error) {
    await target.abandon().catch(() => undefined);
    throw error;
  }
}

/** What an import of files did, and how far it has got while it runs: counts the options page shows. */
import type { ReadProblem } from '../corpus/article';

/** What committing an import did: articles new to the corpus, and those stored already (same URL and text), which are kept as they were. */
export interface CommitResult {
  added: number;
  alreadyStored: number;
}

/** One chunk of a commit done: what the import has stored so far, and whether all of it is. */
export interface CommitStep extends CommitResult {
  done: boolean;
}

/** The whole import, once committed. */
export interface ImportReport extends CommitResult {
  files: number;
  /** Articles read from the files: every one `backstory build` would build from them. */
  read: number;
  /** Articles skipped as the same (same URL and text) as one met earlier in this import, each by file and line with the one it repeats. */
  duplicates: ReadProblem[];
  /** The files (and JSONL lines) skipped, with why. */
  problems: ReadProblem[];
}

/** How far an import has got: articles read and staged, and bytes read of all the files; then the commit. */
export interface ImportProgress {
  /** Reading the files (and staging their articles in the background), or storing them all. */
  phase: 'reading' | 'storing';
  /** The file being read. */
  file: string;
  /** Articles read and staged (each article once). */
  articles: number;
  /** Of those, stored so far (storing only). */
  stored: number;
  bytesRead: number;
  totalBytes: number;
}

const count = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
/** A size in megabytes, to one decimal ("45.2 MB"). */
export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Where a problem or a duplicate is: the file, and its line for a JSONL file. */
export const whereOf = ({ file, line }: Pick<ReadProblem, 'file' | 'line'>) => (line === undefined ? file : `${file}, line ${line}`);

/** The report's first sentence: what was added, and what was not and why. */
export function reportSummary(report: ImportReport): string {
  const skipped = [
    report.alreadyStored && `${count(report.alreadyStored, 'article')} already stored`,
    report.duplicates.length && `${count(report.duplicates.length, 'duplicate')} within the import (same URL and text)`,
    report.problems.length && `${count(report.problems.length, 'problem')} (listed below)`,
  ].filter(Boolean);
  const files = count(report.files, 'file');
  const added = report.read
    ? `Added ${report.added.toLocaleString('en-US')} of ${count(report.read, 'article')} read from ${files}.`
    : `No articles read from ${files}.`;
  return `${added}${skipped.length ? ` Skipped: ${skipped.join('; ')}.` : ''}`;
}

/** The progress line: articles and megabytes read, or articles stored. */
export function progressText(p: ImportProgress): string {
  if (p.phase === 'storing') return `Storing: ${p.stored.toLocaleString('en-US')} of ${count(p.articles, 'article')} stored`;
  return `${count(p.articles, 'article')} read, ${megabytes(p.bytesRead)} of ${megabytes(p.totalBytes)}${p.file && ` (${p.file})`}`;
}

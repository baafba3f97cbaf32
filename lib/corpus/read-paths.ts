/**
 * Node-only: read corpus files and directories from disk. Kept apart from the pure
 * readers (and out of index.ts) so the extension bundle never pulls in node:fs.
 */
import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { decodeText } from './decode-text';
import { type CorpusRead, readCorpusFile } from './read-corpus';

/** `path` relative to `root` with forward slashes, so names match across platforms. */
const relativeName = (root: string, path: string) => relative(root, path).split(sep).join('/');

/** Every file under `dir`, recursively, skipping hidden entries (.git, .DS_Store); unreadable folders become problems. */
async function filesUnder(dir: string, root: string, into: CorpusRead): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    into.problems.push({ file: relativeName(root, dir) || dir, message: `cannot read: ${(error as Error).message}` });
    return [];
  }
  const nested = await Promise.all(
    entries.filter((e) => !e.name.startsWith('.')).map((e) => (e.isDirectory() ? filesUnder(join(dir, e.name), root, into) : [join(dir, e.name)])),
  );
  return nested.flat();
}

/** Where a record stands in reading order: its path, then its line ("a.jsonl#2" before "a.jsonl#10"). */
function position(item: { file: string; line?: number }): [string, number] {
  const m = /^(.*)#(\d+)$/.exec(item.file);
  return m ? [m[1] ?? '', Number(m[2])] : [item.file, item.line ?? 0];
}

function byFile(a: { file: string; line?: number }, b: { file: string; line?: number }): number {
  const [pathA, lineA] = position(a);
  const [pathB, lineB] = position(b);
  return pathA < pathB ? -1 : pathA > pathB ? 1 : lineA - lineB;
}

async function readOne(path: string, name: string, into: CorpusRead): Promise<void> {
  try {
    const read = readCorpusFile(name, decodeText(await readFile(path)));
    into.articles.push(...read.articles);
    into.problems.push(...read.problems);
  } catch (error) {
    into.problems.push({ file: name, message: `cannot read: ${(error as Error).message}` });
  }
}

/** A corpus file to read: where it is, and the name its articles get. */
export interface CorpusFile {
  path: string;
  name: string;
}

/**
 * The files of `paths`, in reading order: a file given directly is named by its basename; a file
 * found in a directory (recursively) by its path relative to that directory. Unreadable paths
 * become problems in `into`.
 */
export async function corpusFiles(paths: string[], into: CorpusRead): Promise<CorpusFile[]> {
  const found: CorpusFile[] = [];
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(path)).isDirectory();
    } catch (error) {
      into.problems.push({ file: path, message: `cannot read: ${(error as Error).message}` });
      continue;
    }
    const files = isDirectory ? (await filesUnder(path, path, into)).sort() : [path];
    for (const file of files) found.push({ path: file, name: isDirectory ? relativeName(path, file) : basename(file) });
  }
  return found;
}

/**
 * Read files and directories (recursively), named as `corpusFiles` names them. Unreadable paths
 * become problems. Articles and problems come back sorted by `file`.
 */
export async function readCorpusPaths(paths: string[]): Promise<CorpusRead> {
  const result: CorpusRead = { articles: [], problems: [] };
  for (const { path, name } of await corpusFiles(paths, result)) await readOne(path, name, result);
  result.articles.sort(byFile);
  result.problems.sort(byFile);
  return result;
}

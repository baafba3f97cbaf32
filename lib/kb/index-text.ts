/**
 * A sharded index (shards.ts) as the text a service worker reads at every start: a first line of
 * JSON (everything but the three long lists, and the length of each), then the entity heads, the
 * alias keys and the document files as plain text, one after another. `JSON.parse` of the same
 * index took most of its read: its heads and aliases are megabytes of strings full of escaped tabs
 * and newlines, which `JSON.parse` copies character by character, where a slice of the text costs
 * nothing (BENCHMARKS.md). The text is ASCII: the header as `asciiJson` writes it, the heads and
 * aliases are line tables, ASCII already (line-table.ts), and the files are encoded as their cells
 * are, newlines too.
 */
import { asciiJson } from './ascii-json';
import { decodeCell, encodeCell } from './line-table';
import { isShardedIndex, parseShardedIndex } from './load';
import { idOfIndexText, type ShardedIndex } from './shards';

/** The header's name for the lengths of the three lists, in the order they follow it. */
const LENGTHS = 'listLengths';
/** A document file is one line of its list. */
const LINE_BREAKS = ['\n', '\r'];

/** The index as text (ASCII): the header line, then heads, aliases and files, each ended by a newline. */
export function indexText(index: ShardedIndex): string {
  const { heads, aliases, files, ...header } = index;
  const lists = [heads, aliases, files.map((f) => encodeCell(f, LINE_BREAKS)).join('\n')];
  return `${asciiJson({ ...header, [LENGTHS]: lists.map((l) => l.length) })}\n${lists.map((l) => `${l}\n`).join('')}`;
}

/** True when `text` starts as an index's text (or as the one-line JSON index of earlier versions). */
export const isIndexText = (text: string): boolean => idOfIndexText(text.slice(0, 256)) !== null;

/** The index of `indexText`; an error saying what is wrong when the text is not one, cut short or of an older layout. */
export function readIndexText(text: string): ShardedIndex {
  const end = text.indexOf('\n');
  let header: unknown;
  try {
    header = JSON.parse(end < 0 ? text : text.slice(0, end));
  } catch (error) {
    throw new Error(`Not a sharded Backstory knowledge base index: its first line is not JSON (${(error as Error).message}).`);
  }
  if (!isShardedIndex(header)) throw new Error('Not a sharded Backstory knowledge base index.');
  const { [LENGTHS]: lengths, ...rest } = header as Record<string, unknown>;
  if (!Array.isArray(lengths) || lengths.length !== 3 || !lengths.every(Number.isInteger))
    throw new Error('This sharded knowledge base index was written by an earlier version of Backstory: build it again with `backstory build --shards`.');
  let at = end + 1;
  const [heads = '', aliases = '', files = ''] = (lengths as number[]).map((length) => {
    const list = text.slice(at, at + length);
    at += length + 1;
    return list;
  });
  if (at > text.length) throw new Error(`This sharded knowledge base index is cut short: ${text.length} characters of ${at}.`);
  const index = parseShardedIndex({ ...rest, heads, aliases, files: [] });
  // The document files are split when first read: events' documents and cards need them, marking a page does not.
  let list: string[] | undefined;
  return Object.defineProperty(index, 'files', { enumerable: true, get: () => (list ??= files ? files.split('\n').map(decodeCell) : []) });
}

/** The index's text as a Blob, as IndexedDB keeps it (pack-store.ts, user-store.ts): Chromium keeps a large one as a file of its own. */
export const indexBlob = (index: ShardedIndex): Blob => new Blob([indexText(index)]);

/** The index of a Blob `indexBlob` made: its bytes, then one decode (a cold worker reads a string slower). */
export const readIndexBlob = async (blob: Blob): Promise<ShardedIndex> => readIndexText(new TextDecoder().decode(await blob.arrayBuffer()));

/**
 * A sharded index (shards.ts) as the text a service worker reads at every start: a first line of
 * JSON (everything but the three long lists, and the length of each), then the entity heads, the
 * alias keys and the document files as plain text, one after another. `JSON.parse` of the same
 * index took most of its read: its heads and aliases are megabytes of strings full of escaped tabs
 * and newlines, which `JSON.parse` copies character by character, where a slice of the text costs
 * nothing (BENCHMARKS.md). The text is ASCII, as `asciiJson` writes: Chromium's worker decodes ASCII
 * bytes several times faster than a file with a few accented letters, so code units above U+007E
 * (and backslashes, and control characters the lists do not use as separators) are `\u` escapes,
 * read back once per list.
 */
import { asciiJson } from './ascii-json';
import { isShardedIndex, parseShardedIndex } from './load';
import { idOfIndexText, type ShardedIndex } from './shards';

/** What the lists are read back from: every backslash of an escaped list starts an escape. */
const ESCAPE = /\\u([0-9a-f]{4})/g;
/** Escaped in line tables: all but printable ASCII other than the backslash, tabs and newlines. */
const IN_TABLES = /[^\t\n\x20-\x5b\x5d-\x7e]/g;
/** A document file is one line, so its own tabs and newlines are escaped too. */
const IN_FILES = /[^\x20-\x5b\x5d-\x7e]/g;

const escapeUnit = (unit: string) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;
const unescapeText = (text: string) => (text.includes('\\') ? text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))) : text);

/** The header's name for the lengths of the three lists, in the order they follow it. */
const LENGTHS = 'listLengths';

/** The index as text (ASCII): the header line, then heads, aliases and files, each ended by a newline. */
export function indexText(index: ShardedIndex): string {
  const { heads, aliases, files, ...header } = index;
  const lists = [heads.replace(IN_TABLES, escapeUnit), aliases.replace(IN_TABLES, escapeUnit), files.map((f) => f.replace(IN_FILES, escapeUnit)).join('\n')];
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
  return parseShardedIndex({
    ...rest,
    heads: unescapeText(heads),
    aliases: unescapeText(aliases),
    files: files ? files.split('\n').map(unescapeText) : [],
  });
}

/**
 * Each document's date and source kept in a sharded KB's index, so a card can rank an entity's
 * thousands of articles and count them by year without reading their records: only the rows it
 * shows are read from their shards. Per document, two numbers in the KB's string table (+1, so
 * 0 is "none"), each written in `width` base-64 digits: one string, not 100,000 array items.
 */
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Map([...DIGITS].map((d, i) => [d.charCodeAt(0), i]));

export interface DocumentHeads {
  /** Digits per number. */
  width: number;
  /** Per document, in number order: its date's then its source's string number + 1. */
  table: string;
}

/** The heads of documents whose dates and sources are `dates[n]` and `sources[n]` (string numbers, -1 for none). */
export function encodeDocumentHeads(dates: readonly number[], sources: readonly number[]): DocumentHeads {
  // A loop, not Math.max(...): a spread of 100,000s of arguments overflows the stack.
  let largest = 1;
  for (const n of [dates, sources]) for (const v of n) largest = Math.max(largest, v + 1);
  let width = 1;
  while (DIGITS.length ** width <= largest) width++;
  const digits = (n: number) => {
    let out = '';
    for (let i = 0, v = n; i < width; i++, v = Math.floor(v / DIGITS.length)) out = DIGITS[v % DIGITS.length] + out;
    return out;
  };
  return { width, table: dates.map((d, n) => digits(d + 1) + digits((sources[n] ?? -1) + 1)).join('') };
}

/** The string numbers (-1: none) of document `n`'s date and source, or null when the table has no document `n`. */
export function documentHeadAt({ width, table }: DocumentHeads, n: number): { date: number; source: number } | null {
  const at = n * 2 * width;
  if (n < 0 || at + 2 * width > table.length) return null;
  const read = (from: number) => {
    let v = 0;
    for (let i = from; i < from + width; i++) v = v * DIGITS.length + (VALUE.get(table.charCodeAt(i)) ?? 0);
    return v - 1;
  };
  return { date: read(at), source: read(at + width) };
}

/**
 * A sorted table of `key<TAB>value` lines kept as one string, looked up by binary search in place.
 * The sharded KB's index holds its entity heads and alias keys this way: a service worker then
 * pays for reading one long string, not for building 100,000 objects (bench/background.bench.ts
 * measured 1.5 s for the same index as JSON objects on this machine, under load). Keys never hold
 * a tab or a newline, values no newline: a value may be tab-separated fields, each passed through `field`.
 *
 * The table is ASCII: each code unit from U+007F up is written as U+007F and its four hex digits
 * (`encodeCell`). Chromium's worker decodes ASCII bytes several times faster than UTF-8 with
 * accented letters, and the index's text is the table itself, sliced, never copied to undo
 * escapes (index-text.ts). U+007F sorts after every other ASCII unit and four hex digits sort as
 * their numbers, so the table sorts as its keys did: a key is encoded to be looked up, and what
 * the table gives back is decoded.
 */

const MARK = '\u007f';

/** `text` with code units from U+007F up, and with `alsoBelow` (e.g. newlines), as MARK and four hex digits. */
export function encodeCell(text: string, alsoBelow: readonly string[] = []): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // Every lookup encodes its key: the list is checked only for the rare caller that gives one.
    if (unit < 0x7f && (alsoBelow.length === 0 || !alsoBelow.includes(text[i] as string))) continue;
    out += `${text.slice(from, i)}${MARK}${unit.toString(16).padStart(4, '0')}`;
    from = i + 1;
  }
  return from ? out + text.slice(from) : text;
}

/** The text `encodeCell` was given. */
export function decodeCell(cell: string): string {
  let at = cell.indexOf(MARK);
  if (at < 0) return cell;
  let out = '';
  let from = 0;
  for (; at >= 0; at = cell.indexOf(MARK, from)) {
    out += cell.slice(from, at) + String.fromCharCode(Number.parseInt(cell.slice(at + 1, at + 5), 16));
    from = at + 5;
  }
  return out + cell.slice(from);
}

/**
 * What a table may leave out of its lines: the key a value implies (the sharded KB's heads: an
 * entity's id is most often its name's slug), or null when it implies none. A line whose key is
 * implied is written with an empty key cell; lookups and rows read the key from its value.
 */
export type ImpliedKey = (value: string) => string | null;

/** `text` safe as a key or value: tabs and newlines become spaces. */
export const field = (text: string) => text.replace(/[\t\n]/g, ' ');

/**
 * The table of `rows` ([key, value], keys unique), sorted by key in code-unit order (as JS
 * compares strings); with `implied`, a key its value implies is left out. Keys are never empty.
 */
export function toLineTable(rows: Iterable<readonly [string, string]>, implied?: ImpliedKey): string {
  return [...rows]
    .map(([key, value]) => {
      const plain = value.replace(/\n/g, ' ');
      return [encodeCell(field(key)), encodeCell(plain), implied?.(plain) === field(key)] as const;
    })
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([key, value, left]) => `${left ? '' : key}\t${value}`)
    .join('\n');
}

/** The key of a line whose key cell is `cell` (encoded) and whose value cell is `value`: the cell, or else the key its value implies (encoded). */
export function keyOfLine(cell: string, value: string, implied?: ImpliedKey): string {
  if (cell || !implied) return cell;
  const key = implied(decodeCell(value));
  if (key === null) throw new Error(`a line of this table has no key, and its value implies none: ${JSON.stringify(value.slice(0, 60))}`);
  return encodeCell(key);
}

/** The value of `key` in `table` (whose left-out keys `implied` gives), or null. */
export function lookupLine(table: string, plainKey: string, implied?: ImpliedKey): string | null {
  const key = encodeCell(plainKey);
  // lo and hi are always line starts (or the end); the line holding mid is compared.
  let lo = 0;
  let hi = table.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = table.lastIndexOf('\n', mid - 1) + 1;
    const next = table.indexOf('\n', start);
    const end = next < 0 ? table.length : next;
    const tab = table.indexOf('\t', start);
    const at = keyOfLine(table.slice(start, tab), table.slice(tab + 1, end), implied);
    if (at === key) return decodeCell(table.slice(tab + 1, end));
    if (at < key) lo = end + 1;
    else hi = start;
  }
  return null;
}

/** The [key, value] of one line of a table (whose left-out keys `implied` gives). */
export function rowOfLine(line: string, implied?: ImpliedKey): [string, string] {
  const tab = line.indexOf('\t');
  const value = line.slice(tab + 1);
  return [decodeCell(keyOfLine(line.slice(0, tab), value, implied)), decodeCell(value)];
}

/** Every [key, value] of `table` (whose left-out keys `implied` gives), in key order. */
export function tableRows(table: string, implied?: ImpliedKey): [string, string][] {
  if (!table) return [];
  return table.split('\n').map((line) => rowOfLine(line, implied));
}

/**
 * A sorted table of `key<TAB>value` lines kept as one string, looked up by binary search in place.
 * The sharded KB's index holds its entity heads and alias keys this way: a service worker then
 * pays for reading one long string, not for building 100,000 objects (bench/background.bench.ts
 * measured 1.5 s for the same index as JSON objects on this machine, under load). Keys never hold
 * a tab or a newline, values no newline: a value may be tab-separated fields, each passed through `field`.
 */

/** `text` safe as a key or value: tabs and newlines become spaces. */
export const field = (text: string) => text.replace(/[\t\n]/g, ' ');

/** The table of `rows` ([key, value], keys unique), sorted by key in code-unit order (as JS compares strings). */
export function toLineTable(rows: Iterable<readonly [string, string]>): string {
  return [...rows]
    .map(([key, value]) => [field(key), value.replace(/\n/g, ' ')] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([key, value]) => `${key}\t${value}`)
    .join('\n');
}

/** The value of `key` in `table`, or null. */
export function lookupLine(table: string, key: string): string | null {
  // lo and hi are always line starts (or the end); the line holding mid is compared.
  let lo = 0;
  let hi = table.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = table.lastIndexOf('\n', mid - 1) + 1;
    const next = table.indexOf('\n', start);
    const end = next < 0 ? table.length : next;
    const tab = table.indexOf('\t', start);
    const at = table.slice(start, tab);
    if (at === key) return table.slice(tab + 1, end);
    if (at < key) lo = end + 1;
    else hi = start;
  }
  return null;
}

/** Every [key, value] of `table`, in key order. */
export function tableRows(table: string): [string, string][] {
  if (!table) return [];
  return table.split('\n').map((line) => {
    const tab = line.indexOf('\t');
    return [line.slice(0, tab), line.slice(tab + 1)];
  });
}

/** Span scores for entity detection: exact (same start, end, type) and lenient (overlap, same type). */
export interface Span {
  start: number;
  end: number;
  type: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

function overlaps(a: Span, b: Span): boolean {
  return a.type === b.type && a.start < b.end && b.start < a.end;
}

/** Adds one document's matches to `counts` (per type and under 'micro'). */
export function scoreDocument(gold: readonly Span[], found: readonly Span[], lenient: boolean, counts: Map<string, Counts>): void {
  const bump = (type: string, field: keyof Counts) => {
    for (const key of [type, 'micro']) {
      const c = counts.get(key) ?? emptyCounts();
      c[field]++;
      counts.set(key, c);
    }
  };
  const used = new Set<number>();
  for (const f of found) {
    const i = gold.findIndex((g, k) => !used.has(k) && (lenient ? overlaps(g, f) : g.start === f.start && g.end === f.end && g.type === f.type));
    if (i >= 0) {
      used.add(i);
      bump(f.type, 'tp');
    } else bump(f.type, 'fp');
  }
  gold.forEach((g, k) => {
    if (!used.has(k)) bump(g.type, 'fn');
  });
}

export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp ? (100 * c.tp) / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? (100 * c.tp) / (c.tp + c.fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

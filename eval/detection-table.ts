/**
 * Detection scores of one detector on one gold file, as table rows: exact and lenient span
 * matching, all documents and the non-sports ones, micro and per-type P / R / F1.
 */
import type { GoldDoc } from './gold';
import { type Counts, emptyCounts, prf, type Span, scoreDocument } from './ner-score';

export const TYPES = ['PER', 'LOC', 'ORG'] as const;
export const TABLE_HEAD = `| system | set | match | docs | micro P / R / F1 | ${TYPES.map((t) => `${t} P / R / F1`).join(' | ')} |\n|---|---|---|---|---|${TYPES.map(() => '---').join('|')}|`;

const fmt = (c: Counts | undefined) => {
  const { p, r, f } = prf(c ?? emptyCounts());
  return `${p.toFixed(1)} / ${r.toFixed(1)} / **${f.toFixed(1)}**`;
};

/** Rows for `docs`; `found` holds each document's detected spans, so every row reuses one detection pass. */
export function detectionRows(system: string, set: string, docs: readonly GoldDoc[], found: readonly Span[][]): string[] {
  const rows: string[] = [];
  for (const lenient of [false, true]) {
    for (const subset of ['all', 'sports: false'] as const) {
      const counts = new Map<string, Counts>();
      docs.forEach((doc, i) => {
        if (subset !== 'all' && doc.sports) return;
        const gold = doc.mentions.filter((m) => (TYPES as readonly string[]).includes(m.type));
        scoreDocument(gold, found[i] ?? [], lenient, counts);
      });
      const perType = TYPES.map((t) => fmt(counts.get(t))).join(' | ');
      rows.push(`| ${system} | ${set} | ${lenient ? 'lenient' : 'exact'} | ${subset} | ${fmt(counts.get('micro'))} | ${perType} |`);
    }
  }
  return rows;
}

/** MSNBC is not exhaustive: only recall means something. UNK (no Wikidata type) counts as any type. */
export function msnbcRecall(docs: readonly GoldDoc[], found: readonly Span[][], lenient: boolean): number {
  let hit = 0;
  let total = 0;
  docs.forEach((doc, i) => {
    for (const m of doc.mentions.filter((x) => ['PER', 'LOC', 'ORG', 'UNK'].includes(x.type))) {
      total++;
      const same = (s: Span) =>
        (m.type === 'UNK' || s.type === m.type) && (lenient ? s.start < m.end && m.start < s.end : s.start === m.start && s.end === m.end);
      if ((found[i] ?? []).some(same)) hit++;
    }
  });
  return (100 * hit) / total;
}

/**
 * The seeded samples of a world KB that are judged by reading (EVALUATION.md): 100 entities drawn
 * weighted by their documents (what readers meet most) and 50 drawn uniformly (the long tail),
 * each with what a card would show: its type, aliases, lead line and roles as of today, and a few
 * sentences. Written to .output/ (it quotes the corpus, which stays out of the repository).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import seedrandom from 'seedrandom';
import { dayOf } from '../lib/kb/card-model';
import { createKbIndex } from '../lib/kb/kb-index';
import { entityRoleFacts } from '../lib/kb/lead-line';
import { factsForDate } from '../lib/kb/role-history';
import type { Kb, KbEntity } from '../lib/kb/schema';

const WEIGHTED = 100;
const UNIFORM = 50;

/** `n` items without replacement, each drawn with probability proportional to `weight` (the samples of entities and of events). */
export function draw<T>(pool: readonly T[], n: number, weight: (e: T) => number, random: () => number): T[] {
  const left = [...pool];
  const picked: T[] = [];
  let total = left.reduce((s, e) => s + weight(e), 0);
  while (picked.length < n && left.length > 0) {
    let at = random() * total;
    let i = 0;
    while (i < left.length - 1 && at >= weight(left[i] as T)) at -= weight(left[i++] as T);
    const [e] = left.splice(i, 1) as [T];
    total -= weight(e);
    picked.push(e);
  }
  return picked;
}

/** Writes the samples of `kb` drawn with `seed`; returns the file's path. */
export function writeWorldSample(kb: Kb, seed: number): string {
  const random = seedrandom(String(seed));
  const index = createKbIndex(kb);
  const today = dayOf(new Date());
  const pool = [...kb.entities].sort((a, b) => a.id.localeCompare(b.id));
  const weighted = draw(pool, WEIGHTED, (e) => e.docs.length, random);
  const chosen = new Set(weighted);
  const uniform = draw(
    pool.filter((e) => !chosen.has(e)),
    UNIFORM,
    () => 1,
    random,
  );
  const show = (e: KbEntity, n: number, sample: string) => {
    const { lead, ordered } = factsForDate(entityRoleFacts(index, e), today);
    return {
      n,
      sample,
      id: e.id,
      name: e.name,
      type: e.type,
      docs: e.docs.length,
      aliases: e.aliases.slice(0, 12),
      lead: lead?.text ?? null,
      roles: ordered.slice(0, 5).map((f) => `${f.text} (${f.docs}; ${f.first ?? '?'}–${f.last ?? '?'})`),
      sentences: e.coverage.slice(0, 4).map((c) => `[${index.document(c.doc)?.date ?? 'undated'}] ${c.sentences[0] ?? ''}`),
    };
  };
  const items = [...weighted.map((e, i) => show(e, i + 1, 'weighted')), ...uniform.map((e, i) => show(e, WEIGHTED + i + 1, 'uniform'))];
  mkdirSync('.output', { recursive: true });
  const file = `.output/world-sample-${seed}.json`;
  writeFileSync(file, `${JSON.stringify({ seed, asOf: today, items }, null, 1)}\n`);
  return file;
}

/**
 * Events of a world KB (`npm run eval:world`): how many are told by several documents and how
 * many of those spread over more than a month of article dates (one happening should not), how
 * many chain into storylines; and a seeded uniform sample of events for reading, each with its
 * label, date, roles and the sentences that tell it, written to .output/ (it quotes the corpus).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import seedrandom from 'seedrandom';
import { dayNumber } from '../lib/corpus/parse-date';
import type { Kb } from '../lib/kb/schema';
import { draw } from './world-sample';

const LONG_DAYS = 30;
const SAMPLE = 60;
const SENTENCES = 4;

export interface EventFigures {
  events: number;
  multiDocument: number;
  /** Multi-document events whose articles are dated more than LONG_DAYS apart. */
  long: number;
  storylines: number;
  byKind: Record<string, number>;
}

export function eventFigures(kb: Kb): EventFigures {
  const dateOf = new Map(kb.documents.map((d) => [d.file, d.date]));
  const multi = kb.events.filter((e) => e.docs.length > 1);
  const long = multi.filter((e) => {
    const days = e.docs.flatMap((f) => dateOf.get(f) ?? []).map(dayNumber);
    return days.length > 1 && Math.max(...days) - Math.min(...days) > LONG_DAYS;
  });
  const byKind: Record<string, number> = {};
  for (const e of kb.events) byKind[e.kind] = (byKind[e.kind] ?? 0) + 1;
  return {
    events: kb.events.length,
    multiDocument: multi.length,
    long: long.length,
    storylines: new Set(kb.events.flatMap((e) => e.storyline ?? [])).size,
    byKind,
  };
}

/** Writes `SAMPLE` events of `kb` drawn uniformly with `seed` (from the events sorted by id); returns the file's path. */
export function writeEventSample(kb: Kb, seed: number): string {
  const random = seedrandom(`events-${seed}`);
  const pool = [...kb.events].sort((a, b) => a.id.localeCompare(b.id));
  const picked = draw(pool, SAMPLE, () => 1, random);
  const name = new Map(kb.entities.map((e) => [e.id, e.name]));
  const dateOf = new Map(kb.documents.map((d) => [d.file, d.date]));
  const names = (ids: readonly string[]) => ids.map((id) => name.get(id) ?? id);
  const items = picked.map((e, i) => ({
    n: i + 1,
    id: e.id,
    label: e.label,
    kind: e.kind,
    date: e.date,
    storyline: e.storyline,
    agents: names(e.agents),
    targets: names(e.targets),
    place: e.place ? (name.get(e.place) ?? e.place) : null,
    participants: names(e.participants),
    docs: e.docs.length,
    sentences: e.coverage.slice(0, SENTENCES).flatMap((c) => c.sentences.map((s) => `[${dateOf.get(c.doc) ?? 'undated'}] ${s}`)),
  }));
  mkdirSync('.output', { recursive: true });
  const file = `.output/world-events-sample-${seed}.json`;
  writeFileSync(file, `${JSON.stringify({ seed, items }, null, 1)}\n`);
  return file;
}

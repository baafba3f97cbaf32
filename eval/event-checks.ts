/**
 * Event scores for `npm run eval`: the seeds-gold events found in the bundled KB (told in exactly
 * the gold documents, with every gold participant, date and evidence sentence), events reported
 * on the CoNLL and MSNBC articles (which tell none of the KB's events: each is a false event),
 * and the known events recognized on a page that tells them in other words (the golden fixture).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { readText } from '../lib/corpus/read-text';
import { contentRanges } from '../lib/kb/document-record';
import type { KbIndex } from '../lib/kb/kb-index';
import type { Kb, KbEvent } from '../lib/kb/schema';
import { annotate } from '../lib/match/annotate';
import { EVAL_DIR, loadJsonl } from './gold';

export interface GoldEvent {
  id: string;
  participants: string[];
  docs: string[];
  date?: string;
  evidence: string[];
}

const straight = (s: string) => s.replace(/[’‘]/g, "'");

/** The KB events told in exactly the gold documents (by their three-digit prefix) and involving every gold participant. */
export function eventsFor(kb: Kb, g: GoldEvent): KbEvent[] {
  const nameOf = new Map(kb.entities.map((x) => [x.id, x.name]));
  const names = (e: KbEvent) => e.participants.map((id) => nameOf.get(id));
  return kb.events.filter((e) => e.docs.map((f) => f.slice(0, 3)).join() === g.docs.join() && g.participants.every((p) => names(e).includes(p)));
}

/** Why the KB misses gold event `g`, or null when one event tells it with its date and every evidence sentence. */
export function goldEventMiss(kb: Kb, g: GoldEvent): string | null {
  const found = eventsFor(kb, g);
  if (found.length !== 1) return `${found.length} events with ${g.participants.join(', ')} in ${g.docs.join(', ')}`;
  const event = found[0] as KbEvent;
  if (g.date && event.date !== g.date) return `dated ${event.date}, not ${g.date}`;
  const sentences = event.coverage.flatMap((c) => c.sentences).map(straight);
  const missing = g.evidence.find((ev) => !sentences.some((s) => s.includes(straight(ev))));
  return missing ? `no sentence "${missing}"` : null;
}

/** The seeds-gold events the KB tells as one event each, and the misses. */
export function seedsGoldEvents(kb: Kb): { ok: number; total: number; misses: string[] } {
  const gold = JSON.parse(readFileSync(new URL('seeds-gold.json', EVAL_DIR), 'utf8')) as { events: GoldEvent[] };
  const misses = gold.events.flatMap((g) => {
    const why = goldEventMiss(kb, g);
    return why ? [`${g.id}: ${why}`] : [];
  });
  return { ok: gold.events.length - misses.length, total: gold.events.length, misses };
}

/** Events reported on articles that tell none of the KB's events. */
export function falseEvents(index: KbIndex): { events: number; articles: number; examples: string[] } {
  const docs = ['conll2003-dev.jsonl', 'conll2003-test.jsonl', 'msnbc.jsonl'].flatMap(loadJsonl);
  const found = docs.flatMap((d) => annotate(index, d.text).events);
  return { events: found.length, articles: docs.length, examples: found.slice(0, 5).map((e) => `${e.label}: "${e.text}"`) };
}

/** The original pages (tests/events/fixtures/other-words/) that tell known events in other words, each with the events it tells. */
export const OTHER_WORDS_DIR = new URL('../tests/events/fixtures/other-words/', import.meta.url);

export function otherWordsPages(): { name: string; text: string; expected: { id: string; text: string; missed?: string }[] }[] {
  return readdirSync(OTHER_WORDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({
      name: f,
      text: readFileSync(new URL(f, OTHER_WORDS_DIR), 'utf8'),
      expected: JSON.parse(readFileSync(new URL(f.replace(/\.txt$/, '.events.json'), OTHER_WORDS_DIR), 'utf8')),
    }));
}

/**
 * Known events recognized on the original pages that tell them in other words (recall), and the
 * events reported there that a page does not tell: its trap sentences tell other happenings of the
 * same participants (another city struck, coal shipped to China, a visit of another year).
 */
export function otherWordsRecall(index: KbIndex): { found: number; total: number; falseEvents: string[] } {
  let found = 0;
  let total = 0;
  const falseEvents: string[] = [];
  for (const page of otherWordsPages()) {
    const article = readText(page.name, page.text);
    const events = annotate(index, article.text, { ranges: contentRanges(article), date: article.date }).events;
    const key = (e: { id: string; text: string }) => `${e.id}|${e.text}`;
    const reported = new Set(events.map(key));
    const expected = new Set(page.expected.map(key));
    total += expected.size;
    found += [...expected].filter((k) => reported.has(k)).length;
    falseEvents.push(...events.filter((e) => !expected.has(key(e))).map((e) => `${page.name}: ${e.label}: "${e.text}"`));
  }
  return { found, total, falseEvents };
}

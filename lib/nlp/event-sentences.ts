/**
 * Event clauses of a whole text from its detected names: each sentence that names something is
 * read once. The builder and the matcher both go through here, with their own refs.
 */
import type { Detected } from './detect';
import { eventClauses } from './event-clauses';
import { shortFormsSetUp } from './event-countries';
import type { ClauseContext, EventClause, NamedSpan } from './event-types';

/** Event clauses of every sentence among `detected`'s, each name known to the caller as `refOf(d)`. */
export function clausesOfText(detected: readonly Detected[], refOf: (d: Detected) => string | null, ctx: ClauseContext): EventClause[] {
  const bySentence = new Map<number, { d: Detected; spans: NamedSpan[] }>();
  for (const d of detected) {
    const entry = bySentence.get(d.sentence.start) ?? { d, spans: [] };
    entry.spans.push({ start: d.start, end: d.end, type: d.type, name: d.name, ref: refOf(d) });
    bySentence.set(d.sentence.start, entry);
  }
  // "the North" is North Korea only in an article that names North Korea.
  const withShortForms = { ...ctx, shortForms: shortFormsSetUp(detected.map((d) => d.name)) };
  return [...bySentence.values()].flatMap(({ d, spans }) => eventClauses(d.sentence, spans, withShortForms));
}

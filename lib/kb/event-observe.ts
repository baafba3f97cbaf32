/**
 * The event clauses of one article, with name refs for participants (`refKey`). Only the body is
 * read: headlines are too terse to tell roles ("Blinken meeting addresses China" is no meeting with China).
 */
import type { Article } from '../corpus/article';
import { aliasKey, cleanSurface } from '../nlp/alias-key';
import { clausesOfText } from '../nlp/event-sentences';
import type { EventClause } from '../nlp/event-types';
import { detectOnce } from './detect-once';
import { writtenDate } from './event-dates';
import type { KbIndex } from './kb-index';
import type { EntityType } from './schema';

export interface EventObservation extends EventClause {
  doc: string;
  sentence: string;
}

/** How an article's clauses name a participant before the KB exists: its type and alias key ("place|north korea"). */
export const refKey = (name: string, type: EntityType): string => `${type}|${aliasKey(name)}`;

/** The id of the KB entity a `refKey` names, if the KB has one. */
export function resolveRef(index: KbIndex, ref: string): string | null {
  const bar = ref.indexOf('|');
  const type = ref.slice(0, bar);
  return index.byAlias(ref.slice(bar + 1)).find((e) => e.type === type)?.id ?? null;
}

/** The id of the KB entity of this name and type, if the KB has one. */
export const entityRef = (index: KbIndex, name: string, type: EntityType): string | null => resolveRef(index, refKey(name, type));

/** Every event clause in the article's body, participants as `refKey`s. */
export function observeEvents(article: Article): EventObservation[] {
  const body = article.segments.filter((s) => s.kind === 'body');
  const ctx = {
    articleDate: article.date,
    refOf: refKey,
    strict: true,
    dateline: article.dateline?.place ?? null,
    writtenDate: (clause: string) => writtenDate(clause, article.date),
  };
  return clausesOfText(detectOnce(article.text, body), (d) => refKey(d.name, d.type), ctx).map((c) => ({
    ...c,
    doc: article.file,
    sentence: cleanSurface(article.text.slice(c.start, c.end)),
  }));
}

/**
 * The event clauses of one article, with entity ids for participants. Only the body is read:
 * headlines are too terse to tell roles ("Blinken meeting addresses China" is no meeting with China).
 */
import type { Article } from '../corpus/article';
import { aliasKey, cleanSurface } from '../nlp/alias-key';
import { detectEntities } from '../nlp/detect';
import { clausesOfText } from '../nlp/event-sentences';
import type { EventClause } from '../nlp/event-types';
import { writtenDate } from './event-dates';
import type { KbIndex } from './kb-index';
import type { EntityType } from './schema';

export interface EventObservation extends EventClause {
  doc: string;
  sentence: string;
}

/** The id of the KB entity of this name and type, if the KB has one. */
export function entityRef(index: KbIndex, name: string, type: EntityType): string | null {
  return index.byAlias(aliasKey(name)).find((e) => e.type === type)?.id ?? null;
}

/** Every event clause in the article's body, participants as entity ids of `index`. */
export function observeEvents(article: Article, index: KbIndex): EventObservation[] {
  const body = article.segments.filter((s) => s.kind === 'body');
  const ref = (name: string, type: EntityType) => entityRef(index, name, type);
  const ctx = {
    articleDate: article.date,
    refOf: ref,
    dateline: article.dateline?.place ?? null,
    writtenDate: (clause: string) => writtenDate(clause, article.date),
  };
  return clausesOfText(detectEntities(article.text, body), (d) => ref(d.name, d.type), ctx).map((c) => ({
    ...c,
    doc: article.file,
    sentence: cleanSurface(article.text.slice(c.start, c.end)),
  }));
}

/** Event clauses of a text with names as refs: what the builder reads, without a KB. */
import { detectEntities } from '../../lib/nlp/detect';
import { clausesOfText } from '../../lib/nlp/event-sentences';
import type { ClauseContext, EventClause } from '../../lib/nlp/event-types';

export function clausesOf(text: string, articleDate: string | null = null, dateline: string | null = null, more: Partial<ClauseContext> = {}): EventClause[] {
  return clausesOfText(detectEntities(text), (d) => d.name, { articleDate, dateline, refOf: (name) => name, ...more });
}

/** A clause as [kind, agents, targets, places]: what the tests compare. */
export const roles = (c: EventClause) => [c.kind, c.agents, c.targets, c.places] as const;

/** The one-line label of an event, from its most frequent actor, target, place and object. */
import type { EventKind } from '../nlp/event-kinds';

export interface LabelParts {
  kind: EventKind;
  visit: boolean;
  agent: string | null;
  /** The target's name and whether it is a place (a country is visited, a person met). */
  target: { name: string; isPlace: boolean } | null;
  place: string | null;
  object: string | null;
}

/** "North Korea supplies munitions to Russia", "Antony Blinken visits South Korea", "Russia attacks Kyiv". */
export function eventLabel({ kind, visit, agent, target, place, object }: LabelParts): string {
  const a = agent ?? 'Someone';
  const t = target?.name ?? place ?? 'others';
  switch (kind) {
    case 'supply':
      return object ? `${a} supplies ${object} to ${t}` : `${a} supplies ${t}`;
    case 'deploy':
      return `${a} deploys troops${place ? ` in ${place}` : target ? ` to ${target.name}` : ''}`;
    case 'attack':
      return `${a} attacks ${place ?? t}`;
    case 'meet':
      if (visit && (target?.isPlace || (!target && place))) return `${a} visits ${target?.name ?? place}`;
      if (!target && place) return `${a} holds a meeting in ${place}`;
      return target?.isPlace ? `${a} holds talks with ${t}` : `${a} meets ${t}`;
    case 'condemn':
      return `${a} condemns ${t}`;
    case 'sanction':
      return `${a} sanctions ${t}`;
    case 'aid':
      return `Humanitarian aid for ${place ?? t}`;
  }
}

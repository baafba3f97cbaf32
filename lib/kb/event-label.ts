/** The one-line label of an event, from its most frequent actor, target, place and object, in its kind's template. */
import { EVENT_KINDS, type LabelParts } from '../nlp/event-kinds';

/** "North Korea supplies munitions to Russia", "Antony Blinken visits South Korea", "Russia attacks Kyiv". */
export function eventLabel(parts: LabelParts): string {
  return EVENT_KINDS[parts.kind].label(parts, parts.agent ?? 'Someone', parts.target?.name ?? parts.place ?? 'others');
}

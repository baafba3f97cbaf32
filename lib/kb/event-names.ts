/**
 * A name whose last word is an event's kind ("Varnel Fire", "Quenwick Cup Final", "Orsk Opening
 * Ceremony"): the KB holds persons, places and organizations, and an event is none of them, so
 * such a name typed one of them was a guess. Readers of the world KB found wildfires and opening
 * ceremonies typed person, drafts, play-off rounds and cups typed organization. A body "of" an event
 * keeps its name ("Federation of Quenwick Games"). Data: data/mention-cues.json.
 */
import CUES from '../nlp/data/mention-cues.json';
import { EVENT_HEADS } from '../nlp/non-name-words';

/** Kinds detection keeps, a person's or a body's name may end so ("Daniel Fire", "Velmar Flight Services"): read here, beside the corpus. */
const READ_EVENT_HEADS: ReadonlySet<string> = new Set(CUES.eventHeads);

const isEventHead = (word: string) => EVENT_HEADS.has(word) || READ_EVENT_HEADS.has(word);

/** True when the name key `key` (lowercase words) closes on an event's kind and names no body "of" it. */
export function namesAnEvent(key: string): boolean {
  const words = key.split(' ');
  return words.length > 1 && isEventHead(words.at(-1) as string) && !words.includes('of');
}

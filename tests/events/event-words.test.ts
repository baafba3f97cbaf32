/** The word lists of event-words.ts are data: lowercase, apart from each other and from the trigger words. */
import { describe, expect, it } from 'vitest';
import { EVENT_KINDS, KIND_NAMES } from '../../lib/nlp/event-kinds';
import {
  ACCUSE_WORDS,
  AID_STAFF,
  AUXILIARIES,
  CALL_WORDS,
  CANCEL_WORDS,
  HEDGES,
  LAW_ENFORCEMENT,
  LOOSE_ADVERBS,
  MODALS,
  MODIFIER_PARTICIPLES,
  REALIZED_BEFORE_TO,
  REMEMBRANCE_NOUNS,
  RETURN_WORDS,
  SPEECH_VERBS,
  WEAPON_NAMES,
} from '../../lib/nlp/event-words';

const lists = {
  MODALS,
  REALIZED_BEFORE_TO,
  HEDGES,
  CALL_WORDS,
  CANCEL_WORDS,
  ACCUSE_WORDS,
  SPEECH_VERBS,
  AUXILIARIES,
  LOOSE_ADVERBS,
  MODIFIER_PARTICIPLES,
  LAW_ENFORCEMENT,
  REMEMBRANCE_NOUNS,
  AID_STAFF,
  RETURN_WORDS,
  WEAPON_NAMES,
};
/** Lists read at the same place before an event word: a word in two of them would be read two ways. */
const readTogether: (keyof typeof lists)[] = [
  'MODALS',
  'REALIZED_BEFORE_TO',
  'CALL_WORDS',
  'CANCEL_WORDS',
  'ACCUSE_WORDS',
  'SPEECH_VERBS',
  'AUXILIARIES',
  'LOOSE_ADVERBS',
];
const triggers = new Set(
  KIND_NAMES.flatMap((k) => [...EVENT_KINDS[k].verbs, ...EVENT_KINDS[k].nouns, ...EVENT_KINDS[k].paraphrases.verbs, ...EVENT_KINDS[k].paraphrases.nouns]),
);

describe('event-words', () => {
  it.each(Object.entries(lists))('%s is lowercase and holds no event word', (_, list) => {
    expect([...list].filter((w) => w !== w.toLowerCase())).toEqual([]);
    expect([...list].filter((w) => triggers.has(w))).toEqual([]);
  });

  it('keeps the lists read before an event verb apart', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const name of readTogether) {
      for (const w of lists[name]) {
        const other = seen.get(w);
        if (other) clashes.push(`${w}: ${other} and ${name}`);
        seen.set(w, name);
      }
    }
    expect(clashes).toEqual([]);
  });
});

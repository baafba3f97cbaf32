/** The kind descriptors are data: each word once, no word claimed by two kinds, rules that hold on their own. */
import { describe, expect, it } from 'vitest';
import { EVENT_KINDS, KIND_NAMES, VISIT_WORDS } from '../../lib/nlp/event-kinds';

const all = (field: 'verbs' | 'nouns' | 'lightVerbs') => KIND_NAMES.flatMap((k) => EVENT_KINDS[k][field].map((w) => [k, w] as const));
const duplicates = (list: readonly string[]) => list.filter((w, i) => list.indexOf(w) !== i);

describe('EVENT_KINDS', () => {
  it.each(['verbs', 'nouns'] as const)('gives each trigger %s to one kind only, lower case', (field) => {
    const words = all(field).map(([, w]) => w);
    expect(duplicates(words)).toEqual([]);
    expect(words.filter((w) => w !== w.toLowerCase())).toEqual([]);
  });

  it('lists each light verb once per kind, and no trigger as a light verb of its own kind', () => {
    for (const k of KIND_NAMES) {
      const { lightVerbs, verbs } = EVENT_KINDS[k];
      expect(duplicates(lightVerbs)).toEqual([]);
      expect(lightVerbs.filter((w) => verbs.includes(w))).toEqual([]);
    }
  });

  it.each(['verbs', 'nouns'] as const)('gives each paraphrase %s to one kind only, lower case, and never a trigger', (field) => {
    const paraphrases = KIND_NAMES.flatMap((k) => EVENT_KINDS[k].paraphrases[field]);
    expect(duplicates(paraphrases)).toEqual([]);
    expect(paraphrases.filter((w) => w !== w.toLowerCase())).toEqual([]);
    const triggers = all(field).map(([, w]) => w);
    expect(paraphrases.filter((w) => triggers.includes(w))).toEqual([]);
  });

  it('makes visits out of meeting words only', () => {
    const meeting = [...EVENT_KINDS.meet.verbs, ...EVENT_KINDS.meet.nouns, ...EVENT_KINDS.meet.paraphrases.verbs, ...EVENT_KINDS.meet.paraphrases.nouns];
    expect([...VISIT_WORDS].filter((w) => !meeting.includes(w))).toEqual([]);
  });

  it('needs an actor for every kind but aid, and a window of at most a month', () => {
    const roles = { agents: [], targets: ['x'], places: ['y'] };
    expect(KIND_NAMES.filter((k) => EVENT_KINDS[k].complete(roles))).toEqual(['aid']);
    expect(KIND_NAMES.filter((k) => EVENT_KINDS[k].windowDays > 30)).toEqual([]);
  });
});

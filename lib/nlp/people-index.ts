/**
 * The full names of a document's people by each word of them ("blinken" → "Antony Blinken"),
 * so that resolving a surname costs a lookup and a binary search, not a pass over every person
 * (a pass made 3,000 repeats of "Antony Blinken met Blinken." take seconds).
 */
import { aliasKey } from './alias-key';
import type { Candidate } from './detect';
import { isNameParticle } from './title-words';

interface Named {
  /** Starts of the people having the word, ascending. */
  starts: number[];
  names: string[];
}

export interface PeopleIndex {
  /** The full name of a person that has `word` as one of its names: the nearest before `at`, else the first. */
  fullNameFor(word: string, at: number): string | null;
}

/** `people` in document order (ascending `start`, as detectEntities sorts its candidates). */
export function indexPeople(people: readonly Candidate[]): PeopleIndex {
  const byWord = new Map<string, Named>();
  for (const p of people) {
    for (const word of new Set(aliasKey(p.name).split(' '))) {
      // "Al" alone is no "Omar al-Bashir": a particle many names share.
      if (isNameParticle(word)) continue;
      const named = byWord.get(word) ?? { starts: [], names: [] };
      byWord.set(word, named);
      named.starts.push(p.start);
      named.names.push(p.name);
    }
  }
  return {
    fullNameFor(word, at) {
      const named = byWord.get(aliasKey(word));
      if (!named) return null;
      // The last person starting before `at`.
      let low = 0;
      let high = named.starts.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if ((named.starts[mid] as number) < at) low = mid + 1;
        else high = mid;
      }
      return named.names[low > 0 ? low - 1 : 0] ?? null;
    },
  };
}

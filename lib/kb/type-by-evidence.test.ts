import { describe, expect, it } from 'vitest';
import { openEntity } from './entity-state';
import type { EntityType } from './schema';
import { mergeAcrossTypes } from './type-by-evidence';

/** A cluster of `type` named `name`, one document per sentence. */
function cluster(type: EntityType, name: string, sentences: string[]) {
  const c = { key: `${type}|${name.toLowerCase()}`, ...openEntity(type) };
  c.names.set(name, sentences.length);
  for (const [i, s] of sentences.entries()) c.sentences.set(`d${i}`, [s]);
  return c;
}

describe('types across a name’s clusters', () => {
  it('leaves out an event’s or a work’s name typed person or organization', () => {
    const kept = cluster('person', 'Varnel Cruz', ['Varnel Cruz said no.']);
    const out = mergeAcrossTypes([
      cluster('organization', 'Quenwick Conference Semifinals', ['The Quenwick Conference Semifinals open.']),
      cluster('person', 'Tolva Fire', ['The Tolva Fire grows.']),
      cluster('person', 'Brenn Star', ['The cargo ship Brenn Star sinks.']),
      kept,
    ]);
    expect(out).toEqual([kept]);
  });

  it('retypes a person whose mentions read as a place', () => {
    const [c] = mergeAcrossTypes([cluster('person', 'Varnel Cruz', ['Floods reach Lima, Varnel Cruz and Quito.'])]);
    expect(c?.type).toBe('place');
  });
});

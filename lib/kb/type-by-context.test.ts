import { describe, expect, it } from 'vitest';
import CUES from '../nlp/data/mention-cues.json';
import { HONORIFICS, ROLE_HEADS } from '../nlp/title-words';
import { openEntity } from './entity-state';
import type { KbRole } from './schema';
import { typeByContext } from './type-by-context';

/** A person cluster named `name`, one document per sentence. */
function person(name: string, sentences: string[], roles: KbRole[] = []) {
  const c = { key: `person|${name.toLowerCase()}`, ...openEntity('person') };
  c.names.set(name, sentences.length);
  for (const [i, s] of sentences.entries()) c.sentences.set(`d${i}`, [s]);
  c.roles.push(...roles);
  return c;
}

describe('the type the words around a person’s name give it', () => {
  it('reads a place after a place’s preposition or before a comma and a known place', () => {
    expect(typeByContext(person('Varnel Cruz', ['Two men were killed in Varnel Cruz on Monday.']))).toBe('place');
    expect(typeByContext(person('Varnel Cruz', ['Floods reach Varnel Cruz, Mexico, at dawn.', 'Varnel Cruz is flooded.']))).toBe('place');
    expect(typeByContext(person('Varnel Cruz', ['In Varnel Cruz, floods rose overnight.']))).toBe('place');
  });

  it('reads an organization after an organization’s noun', () => {
    expect(typeByContext(person('Tolvane Marsh', ['Retail chain Tolvane Marsh closes stores.']))).toBe('organization');
    expect(typeByContext(person('Tolvane Marsh', ['Shares of the company Tolvane Marsh fall.']))).toBe('organization');
  });

  it('keeps a person whom any mention reads as one', () => {
    expect(typeByContext(person('Varnel Cruz', ['Riots in Varnel Cruz.', 'Varnel Cruz said he would run.']))).toBeUndefined();
    expect(typeByContext(person('Varnel Cruz', ['Riots in Varnel Cruz.', 'Police question Mr Varnel Cruz.']))).toBeUndefined();
    expect(typeByContext(person('Varnel Cruz', ['Riots in Varnel Cruz.', 'Varnel Cruz, 54, was arrested.']))).toBeUndefined();
    expect(typeByContext(person('Varnel Cruz', ["Varnel Cruz, Mexico's envoy, was recalled."]))).toBeUndefined();
    expect(typeByContext(person('Varnel Cruz', ['The hall elects Varnel Cruz, Vladimir Orsk and two others.']))).toBeUndefined();
    expect(typeByContext(person('Varnel Cruz', ['A senior commander in Varnel Cruz was killed.']))).toBeUndefined();
  });

  it('keeps a person with a role, or whose name a given name opens unless one mention reads strongly', () => {
    const role = { text: 'mayor', doc: 'd0', sentence: 'Mayor Varnel Cruz spoke.' };
    expect(typeByContext(person('Varnel Cruz', ['Riots in Varnel Cruz.'], [role]))).toBeUndefined();
    expect(typeByContext(person('Daniel Varnel', ['Riots in Daniel Varnel.']))).toBeUndefined();
    expect(typeByContext(person('Daniel Varnel', ['Riots in Daniel Varnel.', 'Rebels fled Daniel Varnel, Mexico in May.']))).toBe('place');
  });

  it('reads a place in a list of known places, or of a place’s plural', () => {
    expect(typeByContext(person('Varnel Cruz', ['Floods reach Lima, Varnel Cruz and Quito.']))).toBe('place');
    expect(typeByContext(person('Varnel Cruz', ['Curfews in Tolva, Varnel Cruz, and Brenn provinces.']))).toBe('place');
    expect(typeByContext(person('Varnel Cruz', ['In Lima, Peru, Varnel Cruz wins a race.']))).toBeUndefined();
    expect(typeByContext(person('Varnel Cruz', ['In Lima, Varnel Cruz and Ana Tolva met.']))).toBeUndefined();
    expect(typeByContext(person('Varnel Cruz', ['Men from Lima, Quito and Varnel Cruz of Brenn are named.']))).toBeUndefined();
  });

  it('reads a place after "at the" or a place’s possessive, no place beside an appositive’s role', () => {
    expect(typeByContext(person('Varnel Cruz', ['He is convicted at the Varnel Cruz in May.']))).toBe('place');
    expect(typeByContext(person('Varnel Cruz', ['A rally in Lima’s Varnel Cruz ends.']))).toBe('place');
    expect(typeByContext(person('Varnel Cruz', ['Varnel Cruz, United States envoy to Peru, resigns.']))).toBeUndefined();
  });

  it('reads a work’s or an event’s name, even a given name first: no entity', () => {
    expect(typeByContext(person('Varnel Cruz', ['The cargo ship Varnel Cruz sinks.']))).toBe('none');
    expect(typeByContext(person('Daniel Varnel', ['The film Daniel Varnel wins.']))).toBe('none');
    expect(typeByContext(person('Varnel Fire', ['The Varnel Fire grows.']))).toBe('none');
    expect(typeByContext(person('Daniel Fire', ['The Daniel Fire grows.']))).toBe('none');
    expect(typeByContext(person('Daniel Fire', ['Daniel Fire wins a prize.']))).toBeUndefined();
    expect(typeByContext(person('Varnel Fire', ['The Varnel Fire grows.', 'Varnel Fire said no.']))).toBeUndefined();
  });

  it('reads no place in a modifier, an owner, or in a few of its documents only', () => {
    expect(typeByContext(person('Varnel Cruz', ['Errors in the Varnel Cruz trial.']))).toBeUndefined();
    expect(typeByContext(person('Varnel Cruz', ["A witness in Varnel Cruz's case."]))).toBeUndefined();
    expect(typeByContext(person('Varnel Cruz', ['A witness in Varnel Cruz’s case.']))).toBeUndefined();
    expect(typeByContext(person('Varnel Cruz', ['Riots in Varnel Cruz.', 'Varnel Cruz wins.', 'Varnel Cruz loses.']))).toBeUndefined();
  });

  it('reads whole words only', () => {
    expect(typeByContext(person('Varnel Cruz', ['A vote in Varnel Cruzado.']))).toBeUndefined();
  });
});

describe('mention-cues.json', () => {
  // eventHeads are a name's last words, not the words around it ("the series Varnel", "Varnel Series"): event-names.test.ts.
  const { eventHeads: _, ...around } = CUES;
  const lists = Object.values(around) as string[][];
  it('has no duplicates and no word in two lists, nor a person’s title among the others', () => {
    const all = lists.flat();
    expect(new Set(all).size).toBe(all.length);
    expect([...CUES.organizationNouns, ...CUES.workNouns].filter((w) => ROLE_HEADS.has(w) || HONORIFICS.has(w))).toEqual([]);
  });
});

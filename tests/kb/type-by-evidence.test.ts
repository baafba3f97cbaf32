import { describe, expect, it } from 'vitest';
import type { EntityState } from '../../lib/kb/kb-state';
import { finalizeEntities } from '../../lib/kb/merge-entities';
import type { EntityType } from '../../lib/kb/schema';

/** A name typed `type` in `docs` documents (d0, d1, … from `from`). */
function state(type: EntityType, name: string, docs: number, from = 0): EntityState {
  const files = Array.from({ length: docs }, (_, i) => `d${String(from + i).padStart(3, '0')}`);
  return {
    key: `${type}|${name.toLowerCase()}`,
    type,
    names: [[name, docs]],
    aliases: [name],
    sentences: files.map((f) => [f, [`${name} was in the news.`]]),
    roles: [],
    places: files.map((f) => `${f}@0`),
  };
}

const summary = (states: EntityState[]) => finalizeEntities(states.sort((a, b) => (a.key < b.key ? -1 : 1))).map((e) => `${e.id}:${e.type}:${e.docs.length}`);

describe('the type of a name decided across the corpus', () => {
  it('merges a name’s rare other type into the type most of its documents give it', () => {
    expect(summary([state('place', 'Valdora', 20), state('organization', 'Valdora', 2, 20)])).toEqual(['valdora:place:22']);
  });

  it('keeps the types apart when the evidence is split', () => {
    expect(summary([state('person', 'Brandt', 6), state('organization', 'Brandt', 4, 6)])).toEqual(['brandt:organization:4', 'brandt-person:person:6']);
  });

  it('takes a person guessed under a place’s name of several words into the place, unless a given name opens it', () => {
    expect(summary([state('place', 'North Valdora', 6), state('person', 'North Valdora', 5, 6)])).toEqual(['north-valdora:place:11']);
    expect(summary([state('place', 'Daniel Valdora', 6), state('person', 'Daniel Valdora', 5, 6)])).toEqual([
      'daniel-valdora:person:5',
      'daniel-valdora-place:place:6',
    ]);
  });

  it('keeps a person with roles in several documents, more than the place’s, apart from a place guessed under the name', () => {
    const role = (doc: string) => ({ text: 'chief negotiator', doc, sentence: 'Chief negotiator Qarem Tesh spoke.' });
    const negotiator = { ...state('person', 'Qarem Tesh', 7, 1), roles: ['d001', 'd002', 'd003'].map(role) };
    expect(summary([state('place', 'Qarem Tesh', 1), negotiator])).toEqual(['qarem-tesh:person:8']);
    // A role in one document may be a title misread before the place's name.
    const misread = { ...state('person', 'Qarem Tesh', 7, 1), roles: [role('d001')] };
    expect(summary([state('place', 'Qarem Tesh', 1), misread])).toEqual(['qarem-tesh:place:8']);
  });

  it('takes a person with no role of its own into a place of the same name with as many documents', () => {
    expect(summary([state('place', 'Valdora', 6), state('person', 'Valdora', 4, 6)])).toEqual(['valdora:place:10']);
    // "the President of Valdora": a role read before the name is the office of the place, no person's.
    const office = (doc: string) => ({ text: 'President of', doc, sentence: 'The President of Valdora spoke.' });
    const misread = { ...state('person', 'Valdora', 4, 6), roles: ['d006', 'd007'].map(office) };
    expect(summary([state('place', 'Valdora', 6), misread])).toEqual(['valdora:place:10']);
    // A role of its own, or more documents than the place, keeps the person apart.
    const mayor = { ...misread, roles: [{ text: 'mayor', doc: 'd006', sentence: 'Mayor Valdora spoke.' }] };
    expect(summary([state('place', 'Valdora', 6), mayor])).toEqual(['valdora:person:4', 'valdora-place:place:6']);
    expect(summary([state('place', 'Valdora', 3), state('person', 'Valdora', 4, 3)])).toEqual(['valdora:person:4', 'valdora-place:place:3']);
    // No roles at all beside a place of one or two documents: the place may be the surname's guess.
    expect(summary([state('place', 'Valdora', 2), state('person', 'Valdora', 1, 2)])).toEqual(['valdora:person:1', 'valdora-place:place:2']);
    expect(summary([state('place', 'Valdora', 1), { ...state('person', 'Valdora', 1, 1), roles: [office('d001')] }])).toEqual(['valdora:place:2']);
  });

  it('keeps a person named by a given name alone only when a title named them', () => {
    const prince = { ...state('person', 'Harry', 4, 10), aliases: ['Harry', 'Prince Harry'] };
    expect(summary([state('person', 'Lucy', 5), prince, state('place', 'Lisbon', 2, 20)])).toEqual(['harry:person:4', 'lisbon:place:2']);
  });

  it('keeps no person named by a title’s words alone, nor by one dictionary word no role or courtesy title went with', () => {
    const role = { text: 'commissioner', doc: 'd000', sentence: 'Commissioner Thistle spoke.' };
    const lady = { ...state('person', 'Thistle', 2, 10), aliases: ['Thistle', 'Lady Thistle'] };
    expect(summary([state('person', 'Cabinet Secretary', 3), state('person', 'Opposition', 2), state('person', 'Entrepreneurship', 1)])).toEqual([]);
    expect(summary([{ ...state('person', 'Thistle', 2), roles: [role] }])).toEqual(['thistle:person:2']);
    expect(summary([lady, state('person', 'Varnold', 1, 20)])).toEqual(['thistle:person:2', 'varnold:person:1']);
  });

  it('keeps a person named after a kin noun apart from the place the majority reads', () => {
    const kin = (sentence: string) => ({ ...state('person', 'Valdora', 1, 30), sentences: [['d030', [sentence]]] as [string, string[]][] });
    expect(summary([state('place', 'Valdora', 20), kin('The senator’s daughter Valdora is engaged.')])).toEqual(['valdora:person:1', 'valdora-place:place:20']);
    expect(summary([state('place', 'Valdora', 20), kin('Valdora named a new cabinet.')])).toEqual(['valdora:place:21']);
  });

  it('gives names whose slugs collide ids of their own', () => {
    const ids = finalizeEntities(
      [state('place', 'Al-Qaim', 3), state('place', 'Al Qaim.', 2), state('place', 'Al Qaim!', 1)].map((s, i) => ({ ...s, key: `place|k${i}` })),
    ).map((e) => e.id);
    expect(new Set(ids).size).toBe(3);
  });
});

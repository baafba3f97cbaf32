/** A city's regions are one place apart from the city when the corpus writes a region's own name, else the city's name alone. */
import { describe, expect, it } from 'vitest';
import type { EntityState } from '../../lib/kb/kb-state';
import { finalizeEntities } from '../../lib/kb/merge-entities';
import { placeState as place } from './place-state';

const summary = (states: EntityState[]) =>
  finalizeEntities(states.sort((a, b) => (a.key < b.key ? -1 : 1))).map((e) => `${e.name}:${e.docs.length}:${e.aliases.join('|')}`);

/** A region's state whose mentions only wrote the city's name with the region's noun ("the province of Izmir"): no alias. */
const read = (name: string, docs: number[]): EntityState => ({ ...place(name, docs), aliases: [] });

describe('the regions named after a city', () => {
  it('are one entity apart from the city when one is written as a name, under the most documented written name', () => {
    expect(summary([place('Izmir', [0, 1]), place('Izmir Governorate', [2, 3]), place('Izmir Province', [4]), read('Izmir Province', [5, 6, 7])])).toEqual([
      'Izmir:2:Izmir',
      'Izmir Governorate:6:Izmir Governorate|Izmir Province',
    ]);
    expect(summary([place('Izmir', [0]), read('Izmir Region', [1]), place('Izmir Oblast', [2])])).toEqual([
      'Izmir:1:Izmir',
      'Izmir Oblast:2:Izmir Oblast|Izmir Region',
    ]);
  });

  it('join the city’s name alone when the corpus never writes a region’s own name, giving it no alias that may be a namesake’s', () => {
    expect(summary([place('Izmir', [0, 1]), read('Izmir Province', [2]), read('Izmir State', [3])])).toEqual(['Izmir:4:Izmir']);
  });

  it('leave a US state’s name and a place no city bears to the other rules', () => {
    expect(summary([place('Ohio', [0]), place('Ohio State', [1])]).map((s) => s.split(':')[0])).toEqual(['Ohio', 'Ohio State']);
    expect(summary([place('Qorvath', [0]), place('Qorvath Oblast', [1])]).map((s) => s.split(':')[0])).toEqual(['Qorvath', 'Qorvath Oblast']);
  });
});

/** A region the gazetteer knows and its name with a head that names the region itself are one place. */
import { describe, expect, it } from 'vitest';
import type { EntityState } from '../../lib/kb/kb-state';
import { finalizeEntities } from '../../lib/kb/merge-entities';
import { placeState as place } from './place-state';

const summary = (states: EntityState[]) =>
  finalizeEntities(states.sort((a, b) => (a.key < b.key ? -1 : 1))).map((e) => `${e.name}:${e.docs.length}:${e.aliases.join('|')}`);

describe('a region written with a head that names it', () => {
  it('is the region, under the name the corpus writes most', () => {
    expect(summary([place('Sahel', [0, 1, 2, 3]), place('Sahel Region', [3, 4])])).toEqual(['Sahel:5:Sahel|Sahel Region']);
    expect(summary([place('Sahel', [0]), place('Sahel Region', [1, 2, 3])])).toEqual(['Sahel Region:4:Sahel|Sahel Region']);
  });

  it('stays apart when the head names another place in the region, or the name alone is no region', () => {
    expect(summary([place('Sahel', [0, 1]), place('Sahel City', [2])]).map((s) => s.split(':')[0])).toEqual(['Sahel', 'Sahel City']);
    expect(summary([place('Kessel', [0, 1]), place('Kessel Strip', [2])]).map((s) => s.split(':')[0])).toEqual(['Kessel', 'Kessel Strip']);
  });

  it('joins a province, written before or after its name, to the place of that name no city or country bears', () => {
    expect(summary([place('Qorvath', [0, 1, 2]), place('Qorvath Province', [3, 4]), place('Province of Qorvath', [5])])).toEqual([
      'Qorvath:6:Province of Qorvath|Qorvath|Qorvath Province',
    ]);
    expect(summary([place('Lyon', [0, 1]), place('Lyon Province', [2])]).map((s) => s.split(':')[0])).toEqual(['Lyon', 'Lyon Province']);
    expect(summary([place('France', [0, 1]), place('Province of France', [2])]).map((s) => s.split(':')[0])).toEqual(['France', 'Province of France']);
  });
});

/** A city qualified by a country the gazetteer does not put it in stays another place only when its name alone means another country's city. */
import { describe, expect, it } from 'vitest';
import type { EntityState } from '../../lib/kb/kb-state';
import { finalizeEntities } from '../../lib/kb/merge-entities';
import { placeState as place } from './place-state';

const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);
const summary = (states: EntityState[]) =>
  finalizeEntities(states.sort((a, b) => (a.key < b.key ? -1 : 1)))
    .filter((e) => e.name.startsWith('Tripoli'))
    .map((e) => `${e.name}:${e.docs.length}`);

describe('a city qualified by another country', () => {
  it('stays its own place when the name alone is mostly another country’s city', () => {
    expect(summary([place('Tripoli', range(0, 10)), place('Tripoli, Lebanon', [20, 21]), place('Lebanon', [1, 20, 21])])).toEqual([
      'Tripoli:10',
      'Tripoli, Lebanon:2',
    ]);
  });

  it('joins the name alone when most of its documents name that country', () => {
    expect(summary([place('Tripoli', range(0, 10)), place('Tripoli, Lebanon', [20, 21]), place('Lebanon', [...range(0, 6), 20, 21])])).toEqual(['Tripoli:12']);
  });
});

describe('a town glued to its state without the comma', () => {
  const glued = (states: EntityState[]) =>
    finalizeEntities(states.sort((a, b) => (a.key < b.key ? -1 : 1)))
      .filter((e) => e.name.startsWith('Varnel'))
      .map((e) => `${e.name}:${e.docs.length}`);

  it('is the town when most of the town’s documents name that state', () => {
    expect(glued([place('Varnel', [1, 2, 3]), place('Varnel Zacoria', [9]), place('Zacoria', [1, 2, 9])])).toEqual(['Varnel:4']);
  });

  it('stays its own place when the town alone is mostly elsewhere', () => {
    expect(glued([place('Varnel', [1, 2, 3]), place('Varnel Zacoria', [9]), place('Zacoria', [1, 9])])).toEqual(['Varnel:3', 'Varnel Zacoria:1']);
  });
});

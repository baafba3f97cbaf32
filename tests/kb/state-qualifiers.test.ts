/** A US town's name qualified by two states in different documents is two towns. */
import { describe, expect, it } from 'vitest';
import type { EntityState } from '../../lib/kb/kb-state';
import { finalizeEntities } from '../../lib/kb/merge-entities';

const town = (name: string, sentences: string[]): EntityState => ({
  key: `place|${name.toLowerCase()}`,
  type: 'place',
  names: [[name, sentences.length]],
  aliases: [name],
  sentences: sentences.map((s, i) => [`d${i}`, [s]]),
  roles: [],
  places: sentences.map((_, i) => `d${i}@0`),
});
const summary = (sentences: string[]) => finalizeEntities([town('Quillmoor', sentences)]).map((e) => `${e.name}:${e.docs.join(',')}`);

describe('a town qualified by several states', () => {
  it('gives the documents of each state but the most written its own place', () => {
    expect(
      summary([
        'A fire reaches Quillmoor, Oregon, United States.',
        'Voters in Quillmoor, Texas and Elmford, Texas vote.',
        'A concert in Quillmoor, Oregon.',
        'The mayor of Quillmoor resigns.',
      ]),
    ).toEqual(['Quillmoor:d0,d2,d3', 'Quillmoor, Texas:d1']);
  });

  it('reads no state in a list of cities nor after a longer name', () => {
    expect(
      summary(['A fire reaches Quillmoor, Oregon.', 'Rallies in Quillmoor, New York and Elmford.', 'The District of Quillmoor, Texas and Ohio vote.']),
    ).toEqual(['Quillmoor:d0,d1,d2']);
  });

  it("reads the state after a person's town: a person's name before 'of' is no longer name", () => {
    expect(summary(['A fire reaches Quillmoor, Oregon.', 'A fair in Quillmoor, Oregon.', 'Mary Tamblin of Quillmoor, Texas, is jailed.'])).toEqual([
      'Quillmoor:d0,d1',
      'Quillmoor, Texas:d2',
    ]);
  });

  it('stays one town qualified by one state, or by a state a verb or a possessive follows', () => {
    expect(summary(['A fire reaches Quillmoor, Oregon.', 'The mayor of Quillmoor resigns.'])).toEqual(['Quillmoor:d0,d1']);
    expect(summary(['A fire reaches Quillmoor, Oregon.', 'Floods hit Quillmoor, Texas says.', 'Quillmoor, Ohio’s governor visits.'])).toEqual([
      'Quillmoor:d0,d1,d2',
    ]);
  });
});

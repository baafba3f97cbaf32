import { describe, expect, it } from 'vitest';
import { withoutPrunedDocuments } from '../../lib/kb/pruned-coverage';
import type { KbEntity } from '../../lib/kb/schema';

const delta = (coverage: [string, string][]): KbEntity => ({
  id: 'varo-delta',
  name: 'Varo Delta',
  type: 'place',
  aliases: ['Delta', 'Varo Delta'],
  roles: [],
  docs: coverage.map(([doc]) => doc),
  coverage: coverage.map(([doc, sentence]) => ({ doc, sentences: [sentence] })),
  related: [],
});

describe('documents linked only by a pruned alias', () => {
  it('leave the entity with that alias', () => {
    const e = withoutPrunedDocuments(
      delta([
        ['d1', 'Floods cover the Varo Delta’s rice fields.'],
        ['d2', 'Kestrel and Delta airlines cancel their flights.'],
      ]),
      ['Varo Delta'],
    );
    expect(e.aliases).toEqual(['Varo Delta']);
    expect(e.docs).toEqual(['d1']);
    expect(e.coverage.map((c) => c.doc)).toEqual(['d1']);
  });

  it('stay when they name the entity by a kept alias too, or when no document would be left', () => {
    const both: KbEntity = delta([
      ['d1', 'Fishermen of the Varo Delta protest.'],
      ['d2', 'The Varo Delta floods; the Delta is under water.'],
    ]);
    expect(withoutPrunedDocuments(both, ['Varo Delta']).docs).toEqual(['d1', 'd2']);
    expect(withoutPrunedDocuments(delta([['d2', 'Delta airlines cancel flights.']]), ['Varo Delta']).docs).toEqual(['d2']);
  });

  it('leave a person linked by the tail of a surname, and stay when a kept name takes a possessive apostrophe', () => {
    const judge: KbEntity = {
      ...delta([
        ['d1', 'Joao de Varos’ ruling stands.'],
        ['d2', 'Varos shipping firms complain.'],
      ]),
      name: 'Joao de Varos',
      type: 'person',
      aliases: ['Joao de Varos', 'Varos'],
    };
    expect(withoutPrunedDocuments(judge, ['Joao de Varos']).docs).toEqual(['d1']);
  });

  it('stay when their alias is dropped for pages only: a body every country has, a given name alone', () => {
    const army: KbEntity = {
      ...delta([
        ['d1', 'The Norway Defence Forces parade.'],
        ['d2', 'Norway withdraws its Defence Forces.'],
      ]),
      name: 'Norway Defence Forces',
      type: 'organization',
      aliases: ['Defence Forces', 'Norway Defence Forces'],
    };
    expect(withoutPrunedDocuments(army, ['Norway Defence Forces']).docs).toEqual(['d1', 'd2']);
  });

  it('stay when they name a person by a given name alone', () => {
    const singer: KbEntity = {
      ...delta([
        ['d1', 'Singer Marta Quillen tours.'],
        ['d2', 'Marta wins an award.'],
      ]),
      name: 'Marta Quillen',
      type: 'person',
      aliases: ['Marta', 'Marta Quillen'],
    };
    expect(withoutPrunedDocuments(singer, ['Marta Quillen']).docs).toEqual(['d1', 'd2']);
  });
});

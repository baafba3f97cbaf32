/** A short organization name (not a state body's: one-body.test.ts) goes into the one longer name it ends ("State Department" → "US State Department"), unless it is a name of its own. */
import { describe, expect, it } from 'vitest';
import type { EntityState } from '../../lib/kb/kb-state';
import { finalizeEntities } from '../../lib/kb/merge-entities';

/** An organization named in `docs` documents (d0, d1, … from `from`). */
function org(name: string, docs: number, from = 0): EntityState {
  const files = Array.from({ length: docs }, (_, i) => `d${String(from + i).padStart(3, '0')}`);
  return {
    key: `organization|${name.toLowerCase()}`,
    type: 'organization',
    names: [[name, docs]],
    aliases: [name],
    sentences: files.map((f) => [f, [`${name} issued a statement.`]]),
    roles: [],
    places: files.map((f) => `${f}@0`),
  };
}

/** Portugal, named in the documents numbered `docs`. */
function portugal(docs: number[]): EntityState {
  const files = docs.map((n) => `d${String(n).padStart(3, '0')}`);
  return {
    key: 'place|portugal',
    type: 'place',
    names: [['Portugal', docs.length]],
    aliases: ['Portugal'],
    sentences: files.map((f) => [f, ['Portugal said so.']]),
    roles: [],
    places: files.map((f) => `${f}@0`),
  };
}

const summary = (states: EntityState[]) => finalizeEntities(states.sort((a, b) => (a.key < b.key ? -1 : 1))).map((e) => `${e.name}:${e.docs.length}`);

describe('organizations inside longer names', () => {
  it('merges a short name and the one longer name that adds a place before it, a country its documents name', () => {
    expect(summary([org('Harbour Agency', 3), org('Lisbon Harbour Agency', 6, 3)])).toEqual(['Lisbon Harbour Agency:9']);
    // With a country, under the name the articles write most ("US National Basketball Association" is the National Basketball Association).
    expect(summary([org('Harbour Agency', 6), org('Portugal Harbour Agency', 3, 6), portugal([0, 6])]).filter((e) => !e.startsWith('Portugal:'))).toEqual([
      'Harbour Agency:9',
    ]);
    // None of the short name's documents name Portugal: Portugal's is another agency of the name.
    expect(summary([org('Harbour Agency', 6), org('Portugal Harbour Agency', 3, 6), portugal([6])]).filter((e) => !e.startsWith('Portugal:'))).toEqual([
      'Harbour Agency:6',
      'Portugal Harbour Agency:3',
    ]);
  });

  it('keeps a short name its own when the longer name is rare beside it (two names glued in one run)', () => {
    expect(summary([org('Harbour Agency', 40), org('Portugal Harbour Agency', 2, 40)])).toEqual(['Harbour Agency:40', 'Portugal Harbour Agency:2']);
  });

  it('keeps a short name its own beside a longer name opening with a city that has fewer documents ("Portland General Electric")', () => {
    expect(summary([org('Harbour Agency', 6), org('Lisbon Harbour Agency', 3, 6)])).toEqual(['Harbour Agency:6', 'Lisbon Harbour Agency:3']);
  });

  it('keeps an organization the gazetteer knows its own ("European Union" in "Portugal European Union")', () => {
    expect(summary([org('European Union', 5), org('Portugal European Union', 5, 5)])).toEqual(['European Union:5', 'Portugal European Union:5']);
  });

  it('keeps a short name its own when several longer names end in it, however rare some are', () => {
    expect(summary([org('Harbour Agency', 40), org('Portugal Harbour Agency', 30, 40), org('Malta Harbour Agency', 1, 70)])).toEqual([
      'Harbour Agency:40',
      'Malta Harbour Agency:1',
      'Portugal Harbour Agency:30',
    ]);
  });

  it('keeps a short name its own when it also ends the name of a body no place opens ("New People\'s Army" beside "Korean People\'s Army")', () => {
    expect(summary([org('Harbour Agency', 3), org('Lisbon Harbour Agency', 6, 3), org('Free Harbour Agency', 2, 9)])).toEqual([
      'Free Harbour Agency:2',
      'Harbour Agency:3',
      'Lisbon Harbour Agency:6',
    ]);
  });
});

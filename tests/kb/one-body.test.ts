/** One organization under several written names made one: a state body's forms, an acronym defined in brackets. */
import { describe, expect, it } from 'vitest';
import type { EntityState } from '../../lib/kb/kb-state';
import { finalizeEntities } from '../../lib/kb/merge-entities';

/** An organization named in `docs` documents (d0, d1, … from `from`), with `aliases` besides its name. */
function org(name: string, docs: number, from: number, aliases: string[] = []): EntityState {
  const files = Array.from({ length: docs }, (_, i) => `d${String(from + i).padStart(3, '0')}`);
  return {
    key: `organization|${name.toLowerCase().replace(/[.()]/g, '').replace(/\s+/g, ' ')}`,
    type: 'organization',
    names: [[name, docs]],
    aliases: [name, ...aliases].sort(),
    sentences: files.map((f) => [f, [`${name} issued a statement.`]]),
    roles: [],
    places: files.map((f) => `${f}@0`),
  };
}

const summary = (states: EntityState[]) =>
  finalizeEntities(states.sort((a, b) => (a.key < b.key ? -1 : 1))).map((e) => `${e.name}:${e.docs.length}:${e.aliases.join('|')}`);

describe('a state body under several written names', () => {
  it('is one entity, named by its most documented written form', () => {
    expect(
      summary([
        org('Justice Department (United States)', 9, 0, ['Justice Department (United States)']),
        org('United States Department of Justice', 5, 9),
        org('US Justice Department', 3, 14),
        org('Justice Department (Kuwait)', 2, 17),
      ]),
    ).toEqual([
      'Justice Department (Kuwait):2:Justice Department (Kuwait)',
      'United States Department of Justice:17:Justice Department (United States)|US Justice Department|United States Department of Justice',
    ]);
  });
});

describe('an acronym alone', () => {
  it('goes into the one organization the articles defined it as', () => {
    expect(summary([org('KDL', 8, 0), org('Kessel Defence League', 4, 8, ['KDL'])])).toEqual(['Kessel Defence League:12:KDL|Kessel Defence League']);
  });

  it('stays its own when the articles defined it as two organizations', () => {
    expect(
      summary([org('KDL', 8, 0), org('Kessel Defence League', 4, 8, ['KDL']), org('Korvan Democratic Labour', 2, 12, ['KDL'])]).map((s) => s.split(':')[0]),
    ).toEqual(['KDL', 'Kessel Defence League', 'Korvan Democratic Labour']);
  });

  it('stays its own when no article defined it, or it names far more documents than the definition', () => {
    expect(summary([org('KDL', 8, 0), org('Kessel Defence League', 4, 8)]).map((s) => s.split(':')[0])).toEqual(['KDL', 'Kessel Defence League']);
    expect(summary([org('KDL', 50, 0), org('Kessel Defence League', 4, 50, ['KDL'])]).map((s) => s.split(':')[0])).toEqual(['KDL', 'Kessel Defence League']);
  });
});

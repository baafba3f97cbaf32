import { describe, expect, it } from 'vitest';
import { othersAcronymsLeftOut, spells, spellsInOrder } from './others-acronyms';
import type { KbEntity } from './schema';

const body = (id: string, name: string, aliases: string[], docCount: number): KbEntity => {
  const docs = Array.from({ length: docCount }, (_, n) => `${id}-${n}`);
  return { id, name, type: 'organization', aliases: [name, ...aliases], roles: [], docs, coverage: docs.map((doc) => ({ doc, sentences: [] })), related: [] };
};

// Invented bodies.
describe('spells', () => {
  it('reads letters opening words in order, function words skipped, or inside the word before', () => {
    expect(spellsInOrder('International Committee of the Red Crescent', 'ICRC')).toBe(true);
    expect(spellsInOrder('Multinational Harbour Task Force', 'MNHTF')).toBe(true);
    expect(spellsInOrder('Harbour Trust', 'KBC')).toBe(false);
  });

  it('takes letters opening words in another order (a name in another language), not letters the name lacks', () => {
    expect(spells('Revolutionary Armed Forces of Valdoria', 'FARV')).toBe(true);
    expect(spellsInOrder('Revolutionary Armed Forces of Valdoria', 'FARV')).toBe(false);
    expect(spells('Red Crescent', 'ICRC')).toBe(false);
  });
});

describe('othersAcronymsLeftOut', () => {
  it('leaves out an acronym the name does not spell when a far better documented body goes by it (a cited source)', () => {
    const trust = body('harbour-trust', 'Harbour Trust', ['KBC'], 4);
    const broadcaster = body('kbc', 'KBC', [], 40);
    expect(othersAcronymsLeftOut([trust, broadcaster])).toEqual(new Map([['harbour-trust', new Set(['kbc'])]]));
  });

  it('leaves it out when another body spells it out, however few its documents', () => {
    const crescent = body('red-crescent', 'Red Crescent', ['ICRC'], 50);
    const committee = body('icrc', 'International Committee of the Red Crescent', ['ICRC'], 10);
    expect(othersAcronymsLeftOut([crescent, committee])).toEqual(new Map([['red-crescent', new Set(['icrc'])]]));
  });

  it('keeps an acronym of the name in another language that no other body claims', () => {
    const party = body('valdorian-workers-party', "Valdorian Workers' Party", ['PTV'], 5);
    const few = body('ptv', 'PTV', [], 6);
    expect(othersAcronymsLeftOut([party, few]).size).toBe(0);
  });

  it('keeps an acronym the name spells, whoever else goes by it', () => {
    const agency = body('harbour-safety-agency', 'Harbour Safety Agency', ['HSA'], 2);
    const other = body('hsa', 'HSA', [], 90);
    expect(othersAcronymsLeftOut([agency, other]).size).toBe(0);
  });
});

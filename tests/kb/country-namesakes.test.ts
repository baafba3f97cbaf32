/** A place's name that documents write after different countries is as many places. */
import { describe, expect, it } from 'vitest';
import type { EntityState } from '../../lib/kb/kb-state';
import { finalizeEntities } from '../../lib/kb/merge-entities';

const place = (name: string, sentences: string[]): EntityState => ({
  key: `place|${name.toLowerCase()}`,
  type: 'place',
  names: [[name, sentences.length]],
  aliases: [name],
  sentences: sentences.map((s, i) => [`d${i}`, [s]]),
  roles: [],
  places: sentences.map((_, i) => `d${i}@0`),
});
const summary = (name: string, sentences: string[]) => finalizeEntities([place(name, sentences)]).map((e) => `${e.name}:${e.docs.join(',')}`);

describe('a place written after several countries', () => {
  it('gives each country but the most pointed to its own place, with the documents that name only it', () => {
    expect(
      summary('Quillmoor', [
        'A mine floods near Quillmoor, Cusco Region, Peru.',
        'Peruvian miners strike in Quillmoor.',
        'Rains reach Quillmoor, Peru, and the coast.',
        'Traders gather in Quillmoor, Ghana.',
        'Ghanaian police close the market of Quillmoor.',
        'A festival opens in Quillmoor.',
      ]),
    ).toEqual(['Quillmoor:d0,d1,d2,d5', 'Quillmoor, Ghana:d3,d4']);
  });

  it('reads a US state as the United States, and an acronym with its full stop', () => {
    expect(
      summary('Quillmoor', ['A storm hits Quillmoor, Oregon.', 'A fire in Quillmoor, Peru.', 'Floods in Quillmoor, Peru.', 'Quillmoor, U.S. votes.']),
    ).toEqual(['Quillmoor:d1,d2', 'Quillmoor, Oregon:d0,d3']);
  });

  it('stays one place written after one country only', () => {
    expect(summary('Quillmoor', ['A fire in Quillmoor, Peru.', 'Chilean tourists visit Quillmoor.'])).toEqual(['Quillmoor:d0,d1']);
  });

  it('reads no country in a list of places or before a verb', () => {
    expect(summary('Quillmoor', ['A fire in Quillmoor, Peru.', 'Flights link Quillmoor, Ghana, Chile and Peru.', 'Talks in Quillmoor, Ghana says.'])).toEqual([
      'Quillmoor:d0,d1,d2',
    ]);
  });

  it('reads a list of cities in a city the gazetteer knows, written before a city of the country', () => {
    const berlin = (docs: string[]) => finalizeEntities([place('Berlin', docs)]).map((e) => `${e.name}:${e.docs.join(',')}`);
    expect(berlin(['Talks in Berlin, Germany.', 'Flights from Berlin, Accra, Ghana.'])).toEqual(['Berlin:d0,d1']);
    expect(summary('Quillmoor', ['A fire in Quillmoor, Peru.', 'Floods in Quillmoor, Peru.', 'A market in Quillmoor, Accra, Ghana.'])).toEqual([
      'Quillmoor:d0,d1',
      'Quillmoor, Ghana:d2',
    ]);
  });

  it('leaves the documents that only name the namesake with a name alone far better documented', () => {
    const main = Array.from({ length: 11 }, (_, i) => `Rally ${i} in Quillmoor, Peru.`);
    const docs = summary('Quillmoor', [...main, 'A bridge opens in Quillmoor, Ontario, Canada.', 'Canadian ministers meet in Quillmoor.']);
    expect(docs.find((d) => d.startsWith('Quillmoor, Canada'))).toBe('Quillmoor, Canada:d11');
  });

  it('keeps waters and land forms across borders whole', () => {
    expect(summary('Lake Quillmoor', ['A ferry sinks on Lake Quillmoor, Peru.', 'Fishing bans on Lake Quillmoor, Bolivia.'])).toEqual(['Lake Quillmoor:d0,d1']);
  });
});

describe('the countries a document names', () => {
  it('are read whole: "Latin America" and "British Columbia" name neither the United States nor Britain', () => {
    expect(
      summary('Quillmoor', [
        'A fire in Quillmoor, Peru.',
        'Floods in Quillmoor, Peru.',
        'A market in Quillmoor, Oregon.',
        'Quillmoor hosts the Latin America summit.',
        'Miners from British Columbia reach Quillmoor.',
      ]),
    ).toEqual(['Quillmoor:d0,d1,d3,d4', 'Quillmoor, Oregon:d2']);
  });

  it('end before a function word after the country: "…, Peru on Monday"', () => {
    expect(summary('Quillmoor', ['A fire in Quillmoor, Peru on Monday.', 'Floods in Quillmoor, Peru.', 'A market in Quillmoor, Ghana.'])).toEqual([
      'Quillmoor:d0,d1',
      'Quillmoor, Ghana:d2',
    ]);
  });
});

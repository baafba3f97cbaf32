import { describe, expect, it } from 'vitest';
import { detectEntities } from './detect';
import { isSportsText } from './sports-text';

const found = (text: string) => detectEntities(text).map((d) => `${d.text}:${d.type}`);

// Original sentences written for these tests.
const MATCH_REPORT = [
  'BASEBALL - LATE RALLY LIFTS VISITORS',
  'DENVER 2024-05-04',
  'Seattle beat Houston 5-3 in Denver on Saturday. Mexico drew 1-1 with Brazil in a friendly.',
  'T. Okafor scored twice and Maria Lopez pitched seven innings for Seattle.',
  'Attendance: 31,200',
].join('\n');

describe('sports stories', () => {
  it('tells sports stories from other news', () => {
    expect(isSportsText(MATCH_REPORT)).toBe(true);
    expect(isSportsText('The council in Seattle approved a new budget for schools and libraries on Monday.')).toBe(false);
  });

  it('types clubs named after cities as organizations, keeping countries, datelines and venues as places', () => {
    expect(found(MATCH_REPORT)).toEqual([
      'DENVER:place',
      'Seattle:organization',
      'Houston:organization',
      'Denver:place',
      'Mexico:place',
      'Brazil:place',
      'T. Okafor:person',
      'Maria Lopez:person',
      'Seattle:organization',
    ]);
  });

  it('reads sports words in prose as prose: a primary won in two cities keeps them places', () => {
    const primary =
      'Governor Ellen Marsh won the final round of the race on Tuesday, taking the primaries in Detroit and Chicago by wide margins. Her rival conceded before midnight.';
    expect(isSportsText(primary)).toBe(false);
    expect(found(primary)).toEqual(['Ellen Marsh:person', 'Detroit:place', 'Chicago:place']);
  });

  it('applies the sports rules to the range laid out as results, not to the prose beside it', () => {
    const text = 'Seattle 5 Houston 3\nDenver 2 Tulsa 1\n\nThe mayor of Seattle met the press in Tulsa and Denver.';
    const table = { start: 0, end: text.indexOf('\n\n') };
    const prose = { start: table.end + 2, end: text.length };
    expect(detectEntities(text, [table, prose]).map((d) => `${d.text}:${d.type}`)).toEqual([
      'Seattle:organization',
      'Houston:organization',
      'Denver:organization',
      'Tulsa:organization',
      'Seattle:place',
      'Tulsa:place',
      'Denver:place',
    ]);
  });

  it('leaves cities in other news as places', () => {
    expect(found('Flooding closed roads between Seattle and Houston.')).toEqual(['Seattle:place', 'Houston:place']);
  });

  it('types the name heading a standings row as a club', () => {
    const table = "SOCCER - LEAGUE TABLE\nLeague table after Sunday's games:\nClifford 4 3 1 0 9 3 10\nSheldon 4 2 1 1 7 5 7";
    expect(found(table).filter((f) => /^(Clifford|Sheldon)/.test(f))).toEqual(['Clifford:organization', 'Sheldon:organization']);
  });
});

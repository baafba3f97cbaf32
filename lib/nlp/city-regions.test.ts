import { describe, expect, it } from 'vitest';
import { detectEntities } from './detect';

const places = (text: string) =>
  detectEntities(text)
    .filter((d) => d.type === 'place')
    .map((d) => `${d.text}:${d.name}`);

// Original sentences written for these tests.
describe('a city’s name with a noun of its region', () => {
  it('names the region after the name, or after the noun and "of"', () => {
    expect(places('Floods reached villages in Izmir province on Monday.')).toEqual(['Izmir:İzmir Province']);
    expect(places('A shell hit a post in the coastal province of Izmir.')).toEqual(['Izmir:İzmir Province']);
    expect(places('Gunmen raided a market in the northern state of Bauchi.')).toEqual(['Bauchi:Bauchi State']);
    expect(places('Drones struck the Aleppo region overnight.')).toEqual(['Aleppo:Aleppo Region']);
    expect(places('Izmir province’s governor resigned.')).toEqual(['Izmir:İzmir Province']);
  });

  it('leaves the city alone, a part of it ("the … region of"), its own possessive, and a US state’s name', () => {
    expect(places('Traders in Izmir and the city of Bauchi waited.')).toEqual(['Izmir:İzmir', 'Bauchi:Bauchi']);
    expect(places('The Karsa region of Aleppo was shelled.')).toContain('Aleppo:Aleppo');
    expect(places('Izmir’s province was calm.')).toEqual(['Izmir:İzmir']);
    expect(places('Voters in Ohio state went to the polls.')).toEqual(['Ohio:Ohio']);
    // Before a noun in lowercase the region's noun is that noun's adjective.
    expect(places('Izmir state media said the talks ended.')).toEqual(['Izmir:İzmir']);
  });
});

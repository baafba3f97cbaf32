import { describe, expect, it } from 'vitest';
import { detectEntities } from './detect';

const places = (text: string) =>
  detectEntities(text)
    .filter((d) => d.type === 'place')
    .map((d) => `${d.text}:${d.name}`);

// Original sentences written for these tests.
describe('places of one name told apart by the sentence', () => {
  it('reads a US state’s name after a US city, or before ", United States", as the state; after the country’s capital, as the country', () => {
    expect(places('Storms hit Atlanta, Georgia, and Tbilisi, Georgia.')).toEqual([
      'Atlanta:Atlanta',
      'Georgia:Georgia (U.S. state)',
      'Tbilisi:Tbilisi',
      'Georgia:Georgia',
    ]);
    expect(places('A bridge fell in Marivel, Georgia, United States.')).toContain('Georgia:Georgia (U.S. state)');
    expect(places('Russia sent troops to Georgia.')).toContain('Georgia:Georgia');
    expect(places('A bus crashed in Marivel, New York, United States, and in New York.')).toEqual([
      'Marivel:Marivel',
      'New York:New York (U.S. state)',
      'United States:United States',
      'New York:New York',
    ]);
  });

  it('reads the US capital’s name as the state after a town the gazetteer does not know, not after another country’s place; not so a country’s name', () => {
    expect(places('A ferry sank off Marlow Creek, Washington, on Sunday.')).toContain('Washington:Washington (U.S. state)');
    expect(places('Envoys flew between Moscow, Washington and Beijing.')).toContain('Washington:Washington');
    expect(places('Snow fell on Marlow Creek, Georgia.')).toContain('Georgia:Georgia'); // may be the country's town
  });

  it('reads it as the state in a list of states, after "state of" or before "state", but not after a capital’s own city or another people’s state', () => {
    expect(places('Voters in Alabama and Georgia went to the polls.')).toContain('Georgia:Georgia (U.S. state)');
    expect(places('The state of Georgia executed a man, and Washington state voted.')).toEqual([
      'Georgia:Georgia (U.S. state)',
      'Washington:Washington (U.S. state)',
    ]);
    expect(places('The European state of Georgia voted.')).toEqual(['Georgia:Georgia']);
    expect(places('A fire spread in Seattle, Washington; officials in Washington, D.C. met.')).toEqual([
      'Seattle:Seattle',
      'Washington:Washington (U.S. state)',
      'Washington:Washington',
      'D.C.:Washington',
    ]);
  });

  it('reads a country’s name among places of the US only as the state; not so the US capital’s', () => {
    expect(places('Rain in Texas brought floods to Georgia, officials in Miami said.')).toContain('Georgia:Georgia (U.S. state)');
    expect(places('Rain in Texas and Russia brought floods to Georgia.')).toContain('Georgia:Georgia');
    expect(places('The United States warned Georgia.')).toContain('Georgia:Georgia');
    expect(places('Crowds gathered in Seattle, Washington, DC and Boston.')).toContain('Washington:Washington');
    expect(places('Officials in Washington met envoys from Texas.')).toContain('Washington:Washington');
  });

  it('reads a city qualified by a US state, where the gazetteer knows no US city of its name, as another place of its name', () => {
    expect(places('A fire in Dublin, California spread, and a storm hit Dublin, Ireland.')).toEqual([
      'Dublin:Dublin, California',
      'California:California',
      'Dublin:Dublin',
      'Ireland:Ireland',
    ]);
  });

  it('reads a city qualified by a country the gazetteer does not put it in as another place of its name, alone too in that document', () => {
    expect(places('Talks in Tripoli, Lebanon ended. Tripoli was calm.')).toEqual(['Tripoli:Tripoli, Lebanon', 'Lebanon:Lebanon', 'Tripoli:Tripoli, Lebanon']);
    expect(places('Talks in Tripoli, Libya ended. Tripoli was calm.')).toEqual(['Tripoli:Tripoli', 'Libya:Libya', 'Tripoli:Tripoli']);
    expect(places('Talks in Tripoli ended.')).toEqual(['Tripoli:Tripoli']);
  });
});

import { describe, expect, it } from 'vitest';
import { detectEntities } from './detect';

const found = (text: string, lexicon?: Parameters<typeof detectEntities>[2]) => detectEntities(text, undefined, lexicon).map((d) => `${d.text}:${d.type}`);

// Original sentences written for these tests.
describe('names nothing else typed', () => {
  it('reads an initial and a name as a person, a name after a lowercase role word as a person, after "near" as a place', () => {
    expect(found('R. Okonkwo spoke after party chief Velasquez left for talks near Kandrovo.')).toEqual([
      'R. Okonkwo:person',
      'Velasquez:person',
      'Kandrovo:place',
    ]);
  });

  it('reads no place into a possessive after "in": the preposition is the noun’s', () => {
    expect(found('Sales slowed in Brevanti’s stores, and Brevanti blamed the weather.')).toEqual([]);
  });

  it('spreads a guess over the document only when no other guess contradicts it', () => {
    expect(found('Brevanti shares rose. Brevanti said little.')).toEqual(['Brevanti:organization', 'Brevanti:organization']);
    expect(found('Brevanti shares rose. Floods closed roads near Brevanti. Brevanti said little.')).toEqual(['Brevanti:organization', 'Brevanti:place']);
  });

  it('never takes a demonym for a person, even when a lexicon says so', () => {
    expect(found('English envoys met Brannagh.', (name) => (name === 'English' || name === 'Brannagh' ? 'person' : null))).toEqual(['Brannagh:person']);
  });

  it('reads a name beside shares or a stake as a company', () => {
    expect(found('Brevanti shares rose after a fund bought a stake in Oskarn.')).toEqual(['Brevanti:organization', 'Oskarn:organization']);
  });

  it('reads a name after "officials of" as an organization', () => {
    expect(found('Talks with officials of Brevanti ended.')).toEqual(['Brevanti:organization']);
    expect(found('Talks with officials in Varnok ended.')).toEqual(['Varnok:place']); // people are in a town
  });

  it('reads a sentence-initial word as the surname of a person named before', () => {
    expect(detectEntities('Premier Lena Hill arrived. Hill said little.').map((d) => `${d.text}:${d.type}:${d.name}`)).toEqual([
      'Lena Hill:person:Lena Hill',
      'Hill:person:Lena Hill',
    ]);
  });

  it('takes the type of a lone name from the lexicon when one is given', () => {
    expect(found('Talks stalled, Brannagh said.', (name) => (name === 'Brannagh' ? 'person' : null))).toEqual(['Brannagh:person']);
    expect(found('Talks stalled, Brannagh said.')).toEqual([]);
  });

  it('leaves nationality adjectives out', () => {
    expect(found('Nigerian and Peruvian officials met in Lima.')).toEqual(['Lima:place']);
    expect(found('Kurdish and European envoys met in Lima.')).toEqual(['Lima:place']);
  });
});

describe('places inside titles', () => {
  it('marks the country of a title as a place of its own, outside the person', () => {
    expect(found('U.S. Trade Representative Ellen Marsh arrived.')).toEqual(['U.S.:place', 'Ellen Marsh:person']);
  });
});

describe('a city that is also a surname', () => {
  it('is the person after the full name, and the city where the text places it', () => {
    expect(
      detectEntities('Jordan Houston won the seat. Houston thanked voters, then flew home to Houston, Texas.').map((d) => `${d.text}:${d.type}:${d.name}`),
    ).toEqual(['Jordan Houston:person:Jordan Houston', 'Houston:person:Jordan Houston', 'Houston:place:Houston', 'Texas:place:Texas']);
  });
});

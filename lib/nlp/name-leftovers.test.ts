import { describe, expect, it } from 'vitest';
import { detectEntities } from './detect';

const found = (text: string) => detectEntities(text).map((d) => `${d.text}:${d.type}:${d.name}`);

describe('titles and function words stay out of names', () => {
  it('keeps "of the …" of a long title out of the name after it', () => {
    expect(found('The bill was signed by President of the United States Marla Quinby.')).toEqual([
      'United States:place:United States',
      'Marla Quinby:person:Marla Quinby',
    ]);
    expect(found('Later, Prime Minister of Norway Halvard Berg flew home.')).toEqual(['Norway:place:Norway', 'Halvard Berg:person:Halvard Berg']);
  });

  it('makes no entity of a title alone', () => {
    expect(found('The Secretary of State spoke, and so did the Speaker of the House.')).toEqual([]);
    expect(found('Reporters waited for the Minister for Foreign Affairs.')).toEqual([]);
  });

  it('starts an organization after "of the" in a title', () => {
    expect(found('Director of the Northern Fisheries Agency Pol Varga resigned.').map((x) => x.split(':')[0])).not.toContain(
      'of the Northern Fisheries Agency Pol Varga',
    );
    expect(found('Director of the Northern Fisheries Agency left.')).toEqual(['Northern Fisheries Agency:organization:Northern Fisheries Agency']);
  });

  it('joins "House of …" into one organization', () => {
    expect(found('The bill passed the House of Representatives on Friday.')).toEqual(['House of Representatives:organization:House of Representatives']);
  });
});

describe('words that name nothing never become entities', () => {
  it('drops months, weekdays and time zones', () => {
    expect(found('Polls close at 20:00 UTC, and March ended quietly. Monday brought rain to Oslo.')).toEqual(['Oslo:place:Oslo']);
  });

  it('drops bare titles and common nouns', () => {
    expect(found('President and Prime Minister were silent. Street vendors in Oslo went home.')).toEqual(['Oslo:place:Oslo']);
  });

  it('keeps a month that a title makes a surname', () => {
    expect(found('Prime Minister May spoke in Oslo.')).toEqual(['May:person:May', 'Oslo:place:Oslo']);
  });
});

import { describe, expect, it } from 'vitest';
import { detectEntities } from './detect';

const found = (text: string) => detectEntities(text).map((d) => `${d.text}:${d.type}:${d.name}`);

// Original sentences written for these tests.
describe('ALL-CAPS lines', () => {
  it('finds known places in a headline without joining them to the words around', () => {
    expect(found('TALKS - NORWAY AND NEW ZEALAND SIGN FISHING PACT')).toEqual(['NORWAY:place:Norway', 'NEW ZEALAND:place:New Zealand']);
  });

  it('reads an acronym that is an English word as the word', () => {
    expect(found('WHO WILL PAY FOR THE DAM IN GHANA')).toEqual(['GHANA:place:Ghana']);
  });

  it('ties a capitalized surname in a headline to the full name below it', () => {
    expect(found('OKAFOR QUITS AS MINISTER\nHelen Okafor resigned on Tuesday.')).toEqual(['OKAFOR:person:Helen Okafor', 'Helen Okafor:person:Helen Okafor']);
  });
});

describe('dotted acronyms', () => {
  it('reads "U.S." in brackets as the country, not the pronoun', () => {
    expect(found('Ana Ruiz (U.S.) won the final.')).toEqual(['Ana Ruiz:person:Ana Ruiz', 'U.S.:place:United States']);
  });
});

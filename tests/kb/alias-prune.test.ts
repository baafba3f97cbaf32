import { describe, expect, it } from 'vitest';
import { namingAliases } from '../../lib/kb/alias-prune';
import type { EntityType, KbEntity } from '../../lib/kb/schema';

const entity = (name: string, type: EntityType, aliases: string[]): KbEntity => ({
  id: name.toLowerCase().replace(/\W+/g, '-'),
  name,
  type,
  aliases: [name, ...aliases].sort(),
  roles: [],
  docs: [],
  coverage: [],
  related: [],
});
const kept = (name: string, type: EntityType, aliases: string[]) => namingAliases(entity(name, type, aliases)).filter((a) => a !== name);

describe('aliases that name something else', () => {
  it('drops a place glued before a person’s name, not a given name that is a place’s', () => {
    expect(kept('Arlo Venmark', 'person', ['Ohio Arlo Venmark', 'Chile Arlo Venmark', 'President Arlo Venmark', 'Venmark'])).toEqual([
      'President Arlo Venmark',
      'Venmark',
    ]);
    expect(kept('Paris Venmark Holt', 'person', ['Paris Holt', 'Holt'])).toEqual(['Holt', 'Paris Holt']);
  });

  it('drops a given name alone, not a family name written first nor a king’s name', () => {
    expect(kept('John Venmark', 'person', ['John', 'Venmark'])).toEqual(['Venmark']);
    expect(kept('John F. Venmark', 'person', ['John'])).toEqual([]);
    expect(kept('Kim Jae-sung', 'person', ['Kim'])).toEqual(['Kim']);
    expect(kept('Albert IV', 'person', ['Albert'])).toEqual(['Albert']);
  });

  it('drops the last word of a surname a particle opens', () => {
    expect(kept('Zine Abidar Ben Harouf', 'person', ['Harouf', 'Ben Harouf'])).toEqual(['Ben Harouf']);
    expect(kept('Pieter van der Holt', 'person', ['Holt'])).toEqual([]);
    expect(kept('Omar bin Haddam', 'person', ['Haddam'])).toEqual([]);
    // A particle opening the name is a given name's: "Ben Holt" is Holt.
    expect(kept('Ben Holt', 'person', ['Holt'])).toEqual(['Holt']);
  });

  it('drops a body every country has, written without the country an alias gives it', () => {
    expect(kept('Norway Defense Forces', 'organization', ['Defence Forces', 'Defense Force', 'NDF', 'Norwegian Defence Force'])).toEqual([
      'NDF',
      'Norwegian Defence Force',
    ]);
    // A body of one country's name, not every country's, stays.
    expect(kept('Valdoria Harbour Board', 'organization', ['Harbour Board'])).toEqual(['Harbour Board']);
  });

  it('drops a country glued before a body of the world’s, not before a country’s own', () => {
    expect(kept('European Union', 'organization', ['EU', 'Norway European Union'])).toEqual(['EU']);
    expect(kept('Labour Party', 'organization', ['UK Labour Party'])).toEqual(['UK Labour Party']);
  });

  it('drops a country’s name from a person or a body, not from a place', () => {
    expect(kept('Israel Venmark', 'person', ['Israel', 'Venmark'])).toEqual(['Venmark']);
    expect(kept('Movement for a Free Jordan', 'organization', ['Jordan', 'MFJ'])).toEqual(['MFJ']);
    expect(kept('Varnos Labour Party', 'organization', ['UK', 'Labour'])).toEqual(['Labour']);
    expect(kept('Kingdom of Norway', 'place', ['Norway'])).toEqual(['Norway']);
  });

  it('drops a common noun of places alone from a place or a body, not a surname from a person', () => {
    expect(kept('Korlan Delta', 'organization', ['Delta', 'Korlan'])).toEqual(['Korlan']);
    expect(kept('Varnos Coast', 'place', ['Coast', 'Valley', 'Palace'])).toEqual([]);
    expect(kept('Orla Bay', 'person', ['Bay'])).toEqual(['Bay']);
    // No one's surname is a building's head: a person's guess under a mosque's name keeps no "Mosque".
    expect(kept('Al-Varnos Mosque', 'person', ['Mosque'])).toEqual([]);
    // A body's head noun alone names every such body.
    expect(kept('Varnos Parliament', 'organization', ['Parliament', 'Senate', 'VP'])).toEqual(['VP']);
    expect(kept('Iglesia ni Varnos', 'organization', ['INC'])).toEqual(['INC']);
    // An acronym spelled like a noun is the body's own.
    expect(kept('Varnos Republican Alliance', 'organization', ['ARENA'])).toEqual(['ARENA']);
  });
});

import { describe, expect, it } from 'vitest';
import { gazetteerLookup } from './gazetteer';
import { isHeadNounAlone, nonNameKind } from './non-name';
import {
  ADJECTIVE_PREFIXES,
  AWARD_CATEGORY_WORDS,
  AWARD_HEADS,
  COMMON_ACRONYMS,
  CRAFT_HEADS,
  CURRENCY_CODES,
  DESCRIPTOR_PARTICIPLES,
  DESCRIPTOR_PLURALS,
  EVENT_HEADS,
  EVENT_OPENERS,
  GENERIC_NOUNS,
  isHyphenSuffix,
  LAW_HEADS,
  LEADING_FUNCTION_WORDS,
  MONTHS,
  PARTY_MEMBERS,
  RACE_OPENERS,
  TIME_ZONES,
  TITLE_CLAUSE_WORDS,
  VESSEL_PREFIXES,
  WEEKDAYS,
} from './non-name-words';
import { HONORIFICS, ROLE_HEADS } from './title-words';

const lists = {
  MONTHS: [...MONTHS],
  WEEKDAYS: [...WEEKDAYS],
  TIME_ZONES: [...TIME_ZONES],
  GENERIC_NOUNS: [...GENERIC_NOUNS],
  LEADING_FUNCTION_WORDS: [...LEADING_FUNCTION_WORDS],
  EVENT_OPENERS: [...EVENT_OPENERS],
  EVENT_HEADS: [...EVENT_HEADS],
  RACE_OPENERS: [...RACE_OPENERS],
  ADJECTIVE_PREFIXES: [...ADJECTIVE_PREFIXES],
  COMMON_ACRONYMS: [...COMMON_ACRONYMS],
  LAW_HEADS: [...LAW_HEADS],
  PARTY_MEMBERS: [...PARTY_MEMBERS],
  VESSEL_PREFIXES: [...VESSEL_PREFIXES],
  AWARD_HEADS: [...AWARD_HEADS],
  AWARD_CATEGORY_WORDS: [...AWARD_CATEGORY_WORDS],
  CRAFT_HEADS: [...CRAFT_HEADS],
  TITLE_CLAUSE_WORDS: [...TITLE_CLAUSE_WORDS],
  CURRENCY_CODES: [...CURRENCY_CODES],
  DESCRIPTOR_PARTICIPLES: [...DESCRIPTOR_PARTICIPLES],
  DESCRIPTOR_PLURALS: [...DESCRIPTOR_PLURALS],
};

describe('non-name word lists', () => {
  it('hold lowercase words without dots, each in one list only', () => {
    const all = Object.values(lists).flat();
    for (const w of all) expect(w).toMatch(/^[a-z]+$/);
    expect(new Set(all).size).toBe(all.length);
    expect(new Set(WEEKDAYS).size).toBe(7);
  });

  it('conflict with no title word and no place the gazetteer knows', () => {
    for (const w of Object.values(lists).flat()) {
      expect(ROLE_HEADS.has(w) || HONORIFICS.has(w), w).toBe(false);
      expect(gazetteerLookup(w[0]?.toUpperCase() + w.slice(1))?.type, w).not.toBe('place');
    }
  });
});

describe('isHyphenSuffix', () => {
  it('takes the words that make a name an adjective, and no part of a hyphenated name', () => {
    for (const w of ['based', 'led', 'area', 'class', 'flagged', 'controlled']) expect(isHyphenSuffix(w), w).toBe(true);
    for (const w of ['in', 'un', 'moon', 'yong', 'Zor']) expect(isHyphenSuffix(w), w).toBe(false);
  });
});

describe('nonNameKind', () => {
  it('names the kind of a non-name and passes real names', () => {
    expect(nonNameKind('January')).toBe('month');
    expect(nonNameKind('Sunday')).toBe('weekday');
    expect(nonNameKind('UTC')).toBe('time zone');
    expect(nonNameKind('Street')).toBe('common noun');
    expect(nonNameKind('Foreign Minister')).toBe('bare title');
    expect(nonNameKind('Presidential Legal Counsel')).toBe('bare title');
    expect(nonNameKind('Mr.')).toBe('bare title');
    expect(nonNameKind('White House')).toBeNull();
    expect(nonNameKind('Wall Street')).toBeNull();
    expect(nonNameKind('Tropical Storm Odalys')).toBe('happening');
    expect(nonNameKind('Nordic Summer Games')).toBe('happening');
    expect(nonNameKind('Ministry of War')).toBeNull();
    expect(nonNameKind('General Motors')).toBeNull();
    expect(nonNameKind('Velmoran Clean Rivers Act')).toBe('law');
    expect(nonNameKind('Higher Education Bill')).toBe('law');
    expect(nonNameKind('Security Council Resolution')).toBe('law');
    expect(nonNameKind('Bill')).toBeNull(); // a given name alone
  });

  it('drops a tournament, a show, a report or an inquiry named by its last word', () => {
    for (const n of ['Korlan Cup Finals', 'Vessa Open', 'Kessel Report', 'Varnos Inquiry', 'Dana Varga Show', 'Orlen Bowl', 'KVL Draft'])
      expect(nonNameKind(n), n).toBe('happening');
    expect(nonNameKind('Open')).toBeNull();
  });

  it('drops a doctrine or a faith named by its "-ism", not a body named for one', () => {
    expect(nonNameKind('Voranism')).toBe('doctrine');
    expect(nonNameKind("Korani Isma'varism")).toBe('doctrine');
    expect(nonNameKind('Party for Voranism')).toBeNull();
    expect(nonNameKind('Korlan Stability Mechanism')).toBeNull();
  });

  it('drops a service every town has, alone, not a place’s', () => {
    expect(nonNameKind('Fire Service')).toBe('common noun');
    expect(nonNameKind('Ambulance Service')).toBe('common noun');
    expect(nonNameKind('Korlan Fire Service')).toBeNull();
  });

  it('drops a geographic common noun alone, not a name it heads', () => {
    expect(nonNameKind('Gulf')).toBe('common noun');
    expect(nonNameKind('Strait')).toBe('common noun');
    expect(nonNameKind('Gulf of Varnos')).toBeNull();
    expect(nonNameKind('Korlan Strait')).toBeNull();
  });

  it('drops a building’s or an institution’s head noun alone, not a name it heads', () => {
    for (const w of ['Palace', 'Cathedral', 'Hospital', 'Museum', 'Stadium', 'Embassy']) expect(nonNameKind(w), w).toBe('common noun');
    expect(nonNameKind('Palace of Varnos')).toBeNull();
    expect(nonNameKind('Korlan Cathedral')).toBeNull();
    expect(nonNameKind('Saint Orla Hospital')).toBeNull();
  });

  it('isHeadNounAlone: a common noun of places alone, not a name it heads', () => {
    for (const w of ['Delta', 'Coast', 'Valley', 'Strait', 'Gulf', 'Island', 'Palace']) expect(isHeadNounAlone(w), w).toBe(true);
    for (const w of ['Korlan Delta', 'Varnos', 'Delta Varnos Lines', 'ARENA', 'EAST']) expect(isHeadNounAlone(w), w).toBe(false);
  });

  it('drops a ship, an operation, a prize and an award category', () => {
    expect(nonNameKind('USS Kelmar Ames')).toBe('vessel');
    expect(nonNameKind('HMS Dunmore')).toBe('vessel');
    expect(nonNameKind('Operation Velvet Harbor')).toBe('happening');
    expect(nonNameKind('Orvane Prize')).toBe('award');
    expect(nonNameKind('Trask Literary Awards')).toBe('award');
    expect(nonNameKind('Best Supporting Actress')).toBe('award');
    expect(nonNameKind('Kessel Player of the Year')).toBe('award');
    expect(nonNameKind('Varnos Year')).toBeNull();
    expect(nonNameKind('Best Quillmart')).toBeNull(); // a company may open with "Best"
    expect(nonNameKind('Orvane Prize Foundation')).toBeNull(); // the body that gives it
    expect(nonNameKind('AST')).toBe('time zone');
    expect(nonNameKind('Kessel Solar Probe')).toBe('craft');
    expect(nonNameKind('Varnos Space Telescope')).toBe('craft');
    expect(nonNameKind('Kessel Space Agency Satellite')).toBeNull(); // an organization's head
    expect(nonNameKind('Probe')).toBeNull(); // one word: a common noun the chunker leaves
  });

  it('drops a title of a work that a verb or a possessive makes a clause, not a name opened by one', () => {
    expect(nonNameKind('Every Dawn Has Its Rain')).toBe('title of a work');
    expect(nonNameKind('Where Was Korlan')).toBe('title of a work');
    expect(nonNameKind('Our Lady of Varnos')).toBeNull();
    expect(nonNameKind('Dana Hollis')).toBeNull();
  });
});

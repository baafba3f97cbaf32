import { describe, expect, it } from 'vitest';
import CLUB from './data/club-words.json';
import KIN from './data/kin-nouns.json';
import LOCATIVES from './data/locative-prepositions.json';
import NON_NAMES from './data/non-name-words.json';
import PLACES from './data/place-words.json';
import ROLE_TIME from './data/role-time-words.json';
import TITLES from './data/title-words.json';

/** Every list of the word-list data files, by "file.list". */
const ALL_LISTS: Record<string, string[]> = Object.fromEntries(
  Object.entries({ titles: TITLES, nonNames: NON_NAMES, locatives: LOCATIVES, places: PLACES, roleTime: ROLE_TIME, kin: KIN, club: CLUB }).flatMap(
    ([file, lists]) => Object.entries(lists as Record<string, string[]>).map(([name, words]) => [`${file}.${name}`, words]),
  ),
);

/** Lists of offices: titles, whose words are role words by design (checked on their own below). */
const OFFICES = ['roleTime.soleOffices', 'roleTime.noCountryOffices', 'roleTime.countryOffices', 'roleTime.placeOffices', 'roleTime.vagueTitles'];

/** Offices that head a country, a part of its offices of one holder (checked below). */
const HEAD_OFFICES = 'roleTime.headOffices';
/** Offices of a city, some of them also offices of one holder in a place (checked below). */
const CITY_OFFICES = 'roleTime.cityOffices';

/** The lists of single words that must not overlap. */
const LISTS = Object.fromEntries(Object.entries(ALL_LISTS).filter(([name]) => !OFFICES.includes(name) && name !== HEAD_OFFICES && name !== CITY_OFFICES));

/**
 * Words in two lists on purpose, each with its reason; any other overlap is a conflict. ("army"
 * ends "Russian Army" and opens "Army Secretary"; "chief" heads "the chief" and modifies "chief
 * economist"; "of" and "for" carry titles and open no name; "state" is no name alone, yet
 * modifies "state secretary"; "at", "to" and "from" lead places and open no name; "square" or
 * "province" is no name alone, and ends a place's; "al" stands between a name's words, "Ansar al
 * Sharia", or is joined to the next one, "al-Sharia"; "bin" joins a name's words and gives the father's name; a title held for life is a role head; "region" ends a place's name, and after a region the gazetteer knows names that region; "province" too, around a place no city or country bears; "station" is no name alone, and after a place's name makes it a station's; "stadium" is no name alone, and ends a place's; "foreign" and "new" modify a title, "foreign minister", and, after "Best", make an award's category; "mosque" or "prison" is no name alone, and ends a place's; "city", "town" or "village" is no name alone, and before "of" makes the next name a place's; "hospital", "museum" or "library" is no name alone, and ends a body's.)
 */
const ALLOWED_OVERLAPS: Record<string, string[]> = {
  'titles.orgHeads|titles.roleModifiers': ['army', 'navy', 'party', 'energy', 'press', 'house'],
  'titles.orgHeads|titles.roleNeverFirst': ['force'],
  // "Research Council" ends a body's name, and "Council on Energy Policy" carries it on to its subject.
  'titles.orgHeads|titles.topicHeads': ['committee', 'commission', 'council', 'office', 'centre', 'center', 'institute'],
  'titles.leaderNouns|titles.orgHeads': ['administration'],
  // "government" is no name alone, and after a leader's name alone is that leader's rule.
  'nonNames.genericNouns|titles.ruleNouns': ['government'],
  'titles.roleHeads|titles.roleModifiers': ['chief', 'executive', 'general', 'justice', 'deputy'],
  'nonNames.leadingFunctionWords|titles.titleConnectors': ['of', 'for'],
  'nonNames.genericNouns|titles.roleModifiers': ['state'],
  'locatives.placeOnly|nonNames.leadingFunctionWords': ['in'],
  'locatives.placeOrOther|nonNames.leadingFunctionWords': ['at', 'to', 'from', 'of'],
  'locatives.placeOrOther|titles.titleConnectors': ['of'],
  'titles.attachedParticles|titles.otherNameConnectors': ['al'],
  'titles.nameParticles|titles.patronymicParticles': ['bin', 'ibn'],
  // "da", "di" join a person's names and a place's ("Santa Lucia di Piave"): after a place's name they carry it on.
  'places.placeParticles|titles.nameParticles': ['da', 'de', 'del', 'dos', 'du'],
  'places.placeParticles|titles.surnameParticles': ['di'],
  // "Best Documentary" is an award's category, "Varnos Blue, an album," a work: one noun, two uses.
  'nonNames.awardCategoryWords|nonNames.thingNouns': ['album', 'documentary', 'film', 'musical', 'song'],
  // "Kessel fans", "Kessel manager Jo Roe", "club Kessel": a club's supporters, staff and the word "club" itself say a town is its club.
  'club.after|nonNames.descriptorPlurals': ['supporters'],
  'club.after|titles.roleHeads': ['boss', 'manager'],
  'club.before|titles.orgHeads': ['club'],
  // "Varnos Blue, an album that…": what closes a thing's appositive is function words and verbs other lists hold too.
  'locatives.placeOnly|nonNames.appositiveClosers': ['in'],
  'locatives.placeOrOther|nonNames.appositiveClosers': ['from', 'of'],
  'nonNames.appositiveClosers|nonNames.clauseWords': ['is', 'was'],
  'nonNames.appositiveClosers|nonNames.hyphenSuffixes': ['built', 'made'],
  'nonNames.appositiveClosers|nonNames.leadingFunctionWords': ['by', 'for', 'from', 'in', 'of', 'on', 'with'],
  'nonNames.appositiveClosers|roleTime.passiveAuxiliaries': ['is', 'was'],
  'nonNames.appositiveClosers|titles.titleConnectors': ['for', 'of'],
  // "Every Dawn Is Hers": a verb in a capitalized run makes a title of a work; "Minister Roe was ousted": the same verb says a role ended.
  'nonNames.clauseWords|roleTime.passiveAuxiliaries': ['is', 'was'],
  // "Ousted Kessel Party leader": a participle cut off a name before it, and a role it ended before.
  'nonNames.descriptorParticiples|roleTime.endedBefore': ['deposed', 'exiled', 'ousted'],
  'nonNames.descriptorParticiples|roleTime.diedBefore': ['assassinated', 'murdered', 'slain'],
  'roleTime.lifetimeTitles|titles.roleHeads': [
    'author',
    'cardinal',
    'emir',
    'founder',
    'king',
    'pope',
    'prince',
    'princess',
    'queen',
    'sheikh',
    'sultan',
    'writer',
  ],
  // A legislator's or judge's title is a role head, held for long terms.
  'roleTime.longTermTitles|titles.roleHeads': ['archbishop', 'bishop', 'congressman', 'congresswoman', 'judge', 'justice', 'representative', 'senator'],
  'roleTime.longTermTitles|titles.roleModifiers': ['justice'],
  'nonNames.genericNouns|places.placeHeads': [
    'airport',
    'avenue',
    'boulevard',
    'bridge',
    'county',
    'district',
    'islands',
    'peninsula',
    'province',
    'region',
    'square',
    'stadium',
    'strait',
    'valley',
    'basilica',
    'cathedral',
    'monastery',
    'mosque',
    'prison',
    'highway',
    'river',
  ],
  // "Street", "Lake" alone are no name; after a given name alone a surname ("Kari Lake"), after other words a place's head.
  'nonNames.genericNouns|places.surnamePlaceHeads': ['bay', 'lake', 'street'],
  'nonNames.genericNouns|places.settlementNouns': ['city', 'town', 'village'],
  // A lake or a river is no name alone, and in a place's name lies in several countries (country-namesakes.ts).
  'nonNames.genericNouns|places.crossBorderWords': ['desert', 'gulf', 'lake', 'ocean', 'river', 'sea'],
  // A river or a lake heads a place's name, and that place may lie in several countries.
  'places.crossBorderWords|places.placeHeads': ['river'],
  'places.crossBorderWords|places.surnamePlaceHeads': ['lake'],
  'nonNames.genericNouns|titles.orgHeads': ['hospital', 'library', 'museum'],
  // A body's noun is evidence of a body only inside a longer name (evidence-gate.ts): alone, "Government",
  // "TV" or "International" is no name, and "the Varsa government" is its leader's rule.
  'nonNames.genericNouns|titles.bodyNouns': ['government'],
  'nonNames.commonAcronyms|titles.bodyNouns': ['tv'],
  'nonNames.awardCategoryWords|titles.bodyNouns': ['international'],
  'titles.bodyNouns|titles.ruleNouns': ['government'],
  // "Capital" alone is a city's noun, a firm's name's last word ("Kessel Global Capital").
  'nonNames.genericNouns|titles.orgLastWords': ['capital'],
  'nonNames.genericNouns|places.namedAfterNouns': ['station'],
  'nonNames.awardCategoryWords|titles.roleModifiers': ['foreign', 'new'],
  'nonNames.genericNouns|places.regionSelfHeads': ['region'],
  'places.placeHeads|places.regionSelfHeads': ['region'],
  'nonNames.genericNouns|places.provinceSelfHeads': ['province'],
  'places.placeHeads|places.provinceSelfHeads': ['province'],
  // A region's noun after a city's name ("Kessel province") is no name alone, most end a place's
  // name, "state" modifies a title; "region" before "of" names a part of the city.
  'nonNames.genericNouns|places.cityRegionNouns': ['province', 'region', 'state'],
  'places.cityRegionNouns|places.placeHeads': ['governorate', 'oblast', 'prefecture', 'province', 'region'],
  'places.cityRegionNouns|places.provinceSelfHeads': ['province'],
  'places.cityRegionNouns|places.regionSelfHeads': ['region'],
  'places.cityRegionNouns|titles.roleModifiers': ['state'],
  'places.cityPartNouns|places.cityRegionNouns': ['region'],
  'nonNames.genericNouns|places.cityPartNouns': ['region'],
  'places.cityPartNouns|places.placeHeads': ['region'],
  'places.cityPartNouns|places.regionSelfHeads': ['region'],
};

describe('the word lists', () => {
  it.each(Object.entries(ALL_LISTS))('%s holds lowercase words, each once', (_, words) => {
    for (const w of words) expect(w).toMatch(/^[a-z]+(?: [a-z]+)*$/);
    expect(words.filter((w, i) => words.indexOf(w) !== i)).toEqual([]);
  });

  it('share no word between two lists but the overlaps allowed, each with its reason', () => {
    const names = Object.keys(LISTS).sort();
    const overlaps: Record<string, string[]> = {};
    for (const [i, a] of names.entries()) {
      for (const b of names.slice(i + 1)) {
        const inB = new Set(LISTS[b]);
        const both = (LISTS[a] ?? []).filter((w) => inB.has(w));
        if (both.length) overlaps[`${a}|${b}`] = both.sort();
      }
    }
    expect(overlaps).toEqual(Object.fromEntries(Object.entries(ALLOWED_OVERLAPS).map(([k, v]) => [k, [...v].sort()])));
  });

  it('offices are titles the role reader knows, each in one list of offices', () => {
    const offices = OFFICES.flatMap((name) => ALL_LISTS[name] ?? []);
    expect(offices.filter((o, i) => offices.indexOf(o) !== i)).toEqual([]);
    const heads = new Set(TITLES.roleHeads);
    expect(offices.filter((o) => !o.split(' ').some((w) => heads.has(w)))).toEqual([]);
  });

  it("offices of a city end on a title's word", () => {
    const heads = new Set(TITLES.roleHeads);
    expect(ROLE_TIME.cityOffices.filter((o) => !heads.has(o.split(' ').at(-1) ?? ''))).toEqual([]);
  });

  it('offices heading a country are offices one person holds at a time in it', () => {
    const country = new Set(ROLE_TIME.countryOffices);
    expect(ROLE_TIME.headOffices.filter((o) => !country.has(o))).toEqual([]);
  });
});

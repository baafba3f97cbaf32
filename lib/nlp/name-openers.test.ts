import { describe, expect, it } from 'vitest';
import { isGivenName } from './chunk';
import WORDS from './data/name-openers.json';
import { detectEntities } from './detect';
import { placeBeforeGivenName, typeByOpener } from './name-openers';
import { PLACE_HEADS } from './place-words';
import { ORG_HEADS } from './title-words';

describe('the name openers list', () => {
  it('holds lowercase words, each once, no English head and no given name', () => {
    const all = [...WORDS.place, ...WORDS.saint, ...WORDS.englishSaint, ...WORDS.organization];
    for (const w of all) expect(w).toMatch(/^\p{Ll}+$/u);
    expect(new Set(all).size).toBe(all.length);
    for (const w of all) {
      expect(PLACE_HEADS.has(w) || ORG_HEADS.has(w), w).toBe(false);
      expect(isGivenName(w[0]?.toUpperCase() + w.slice(1)), w).toBe(false);
    }
  });
});

// Original sentences written for these tests.
describe('a name opened by a place or group word of another language', () => {
  it('is a place or an organization, not a person', () => {
    expect(typeByOpener(['Wadi', 'Karim'])).toBe('place');
    expect(typeByOpener(["Hay'at", 'Tahrir'])).toBe('organization');
    expect(typeByOpener(['Wadi'])).toBeNull();
    // One word, the opener joined by a hyphen: "Lashkar-e-…", "Hezb-e …".
    expect(typeByOpener(['Lashkar-e-Karim'])).toBe('organization');
    expect(typeByOpener(['Jaish-'])).toBeNull();
    expect(typeByOpener(['Hayat-Vax'])).toBeNull();
    expect(typeByOpener(['Hayat-Vax', 'Labs'])).toBeNull();
    expect(typeByOpener([])).toBeNull();
    expect(typeByOpener(["Jama'at", 'Nur', 'al-Karimi'])).toBe('organization');
    const found = detectEntities('Fighters of Jabhat al-Karimi shelled Wadi Marun, said Samir Haddad.').map((d) => `${d.text}:${d.type}`);
    expect(found).toEqual(['Jabhat al-Karimi:organization', 'Wadi Marun:place', 'Samir Haddad:person']);
  });
});

describe('a saint’s word opening a name', () => {
  it('makes a place of a given name after it, never opening a name alone', () => {
    expect(placeBeforeGivenName(['San', 'Orlando'])).toBe(true);
    expect(placeBeforeGivenName(['São', 'Bento'])).toBe(true);
    expect(placeBeforeGivenName(['San'])).toBe(false);
    expect(placeBeforeGivenName(['Orlando', 'San'])).toBe(false);
    expect(typeByOpener(['San', 'Orlando'])).toBeNull();
  });
});

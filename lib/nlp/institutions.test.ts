import { describe, expect, it } from 'vitest';
import WORDS from './data/institution-words.json';
import { detectEntities } from './detect';
import { parseInstitution } from './institutions';
import { nonNameKind } from './non-name';

const institutionKey = (name: string) => {
  const p = parseInstitution(name);
  return p?.country ? `${p.body}|${p.country}` : null;
};

import { ORG_HEADS } from './title-words';

describe('the institution word lists', () => {
  it('hold lowercase words, each once and in one list; every state body is an organization head', () => {
    const { bodiesNamedAlone, ...lists } = WORDS;
    const all = Object.values(lists).flat();
    for (const w of all) expect(w).toMatch(/^[a-z]+(?: [a-z]+)?$/);
    // Bodies named by their head alone are state bodies' heads.
    expect(bodiesNamedAlone.filter((w) => !WORDS.stateBodies.includes(w))).toEqual([]);
    for (const w of [...WORDS.stateBodies, ...WORDS.adjectivalPortfolios, ...WORDS.bodyWords]) expect(w).toMatch(/^[a-z]+$/);
    expect(all.filter((w, i) => all.indexOf(w) !== i)).toEqual([]);
    expect(WORDS.stateBodies.filter((w) => !ORG_HEADS.has(w))).toEqual([]);
  });
});

describe('a state body written with its country', () => {
  it('gives every written form of one body one key', () => {
    const forms = ['Velmoran Justice Department', 'Velmoran Department of Justice', 'Justice Department (Velmora)', 'Department of Justice of Velmora'];
    // Invented countries are no gazetteer's: the same forms with a real one.
    expect(forms.map((f) => institutionKey(f.replace(/Velmoran|Velmora/, 'U.S.')))).toEqual(forms.map(() => 'department of justice|United States'));
    expect(institutionKey('Kuwaiti National Assembly')).toBe(institutionKey('National Assembly (Kuwait)'));
    expect(institutionKey('Supreme Court of the United States')).toBe(institutionKey('United States Supreme Court'));
    expect(institutionKey('Russian Defence Ministry')).toBe(institutionKey('Russian Defense Ministry'));
    // "the" after "of" is no word of the body's.
    expect(institutionKey('U.S. Department of the Harbour')).toBe(institutionKey('U.S. Harbour Department'));
  });

  it('keeps a portfolio named by an adjective before its head, and reads no name as a body', () => {
    expect(parseInstitution('Foreign Ministry')).toEqual({ body: 'foreign ministry', country: null });
    expect(parseInstitution('Harrowgate Supreme Court')).toBeNull(); // a place's name, no country
    expect(parseInstitution('Irish Republican Army')).toBeNull(); // an army is no state body here
    expect(parseInstitution('Security Council')).toBeNull();
    // A people's or a region's word names one body of its own, no state's.
    expect(parseInstitution('European Harbour Commission')).toBeNull();
    expect(parseInstitution('Arab Parliament')).toBeNull();
    expect(parseInstitution('International Harbour Court')).toBeNull();
  });

  it('reads a body every state has whose head also heads companies only by its whole name', () => {
    expect(institutionKey('Brazilian Air Force')).toBe('air force|Brazil');
    expect(institutionKey('Air Force (Brazil)')).toBe('air force|Brazil');
    expect(institutionKey('Central Bank of Nigeria')).toBe(institutionKey('Nigerian Central Bank'));
    expect(parseInstitution('Navy')).toEqual({ body: 'navy', country: null });
    expect(parseInstitution('Royal Air Force')).toBeNull();
    expect(parseInstitution('European Central Bank')).toBeNull();
    expect(parseInstitution('Harlow Savings Bank')).toBeNull();
  });
});

describe('a state body written alone', () => {
  const names = (text: string) => detectEntities(text).map((d) => `${d.text}=${d.name}`);

  it('takes the country its document names most', () => {
    expect(
      names('Protesters gathered in Bratislava and across Slovakia on Monday. The National Assembly voted to call an early election. Austria said nothing.'),
    ).toEqual(['Bratislava=Bratislava', 'Slovakia=Slovakia', 'National Assembly=National Assembly (Slovakia)', 'Austria=Austria']);
  });

  it('takes it for a body every state has, written alone', () => {
    expect(names('Jets flew over Lagos and Abuja in Nigeria. The Air Force said the strikes hit a camp.')).toContain('Air Force=Air Force (Nigeria)');
  });

  it('is an organization, no place, when its head alone names it: "outside Parliament"', () => {
    const found = detectEntities('Police stood outside Parliament in Bratislava as Slovakia debated the budget.');
    expect(found.map((d) => `${d.text}=${d.name}:${d.type}`)).toContain('Parliament=Parliament (Slovakia):organization');
  });

  it('takes it for a place every state has, written alone: "the Presidential Palace"', () => {
    expect(names('Crowds marched on the Presidential Palace in Bratislava as Slovakia voted.')).toContain('Presidential Palace=Presidential Palace (Slovakia)');
  });

  it('stays alone in a document that names no country', () => {
    expect(names('The Supreme Court ruled against Dorvel Kinnaman on Tuesday.')).toContain('Supreme Court=Supreme Court');
  });
});

describe('adjectives written with a prefix', () => {
  it('are no names: "Anti-government", not "Anti-Defamation League"', () => {
    const texts = detectEntities('Anti-government protesters marched past the Anti-Defamation League office in Tarnow.').map((d) => d.text);
    expect(texts).not.toContain('Anti-government');
    expect(texts).toContain('Anti-Defamation League');
  });
});

describe('the country of a state body written alone, nearest first', () => {
  const names = (text: string) => detectEntities(text).map((d) => `${d.text}=${d.name}`);

  it('is the country written against it, before or after', () => {
    expect(names('Dorvel Kinnaman made a deal with the U.S. Justice Department and flew home to Australia, where Australia welcomed him.')).toContain(
      'Justice Department=Justice Department (United States)',
    );
  });

  it("is its sentence's country, even by a demonym, before its document's", () => {
    expect(names('Slovakia and Slovakia and Austria watched. Serbians elected members of the National Assembly.')).toContain(
      'National Assembly=National Assembly (Serbia)',
    );
  });
});

describe('a particle of Arabic names joined by a hyphen', () => {
  it('stays on the name: "Deir ez-Zor"', () => {
    expect(detectEntities('Clashes in Deir ez-Zor between tribal fighters killed several people.').map((d) => d.text)).toContain('Deir ez-Zor');
  });
});

describe('names the state-body rule leaves alone', () => {
  it('an organization the gazetteer knows: "White House" is no house of a country', () => {
    expect(parseInstitution('White House')).toBeNull();
    expect(parseInstitution('House of Representatives')).toEqual({ body: 'house of representatives', country: null });
  });
});

describe('acronyms of common nouns', () => {
  it('are no names: "DNA", "TV"', () => {
    expect(detectEntities('Scientists in Tarnow read the DNA of a mammoth, a TV report said.').map((d) => d.text)).toEqual(['Tarnow']);
    expect(detectEntities('A shop in Tarnow sold the DVD and the SUV was parked outside.').map((d) => d.text)).toEqual(['Tarnow']);
  });

  it('a function word alone is no name: "The" of a title cut at its weekday', () => {
    expect(nonNameKind('The')).toBe('function word');
    expect(nonNameKind('The Hague')).toBeNull();
  });
});

describe('"and" inside a body\'s name after its country', () => {
  it('carries the name on: "U.S. Food and Drug Administration"', () => {
    expect(detectEntities('The U.S. Food and Drug Administration approved the drug.').map((d) => d.text)).toEqual(['U.S. Food and Drug Administration']);
  });
});

describe('a name the gazetteer knows with "and"', () => {
  it('is one name, not two: "Trinidad and Tobago", "Bosnia and Herzegovina"; two states stay two', () => {
    const texts = (t: string) => detectEntities(t).map((d) => d.text);
    expect(texts('Floods hit Trinidad and Tobago, and Sarajevo, Bosnia and Herzegovina.')).toEqual([
      'Trinidad and Tobago',
      'Sarajevo',
      'Bosnia and Herzegovina',
    ]);
    expect(texts('Voters in Alabama and Ohio went to the polls.')).toEqual(['Alabama', 'Ohio']);
  });
});

describe('an academy', () => {
  it('carries its complement: "Royal Kessel Academy of Sciences"', () => {
    expect(detectEntities('The Royal Kessel Academy of Sciences named three laureates.').map((d) => d.text)).toEqual(['Royal Kessel Academy of Sciences']);
  });
});

import { describe, expect, it } from 'vitest';
import { openEntity } from './entity-state';
import { mergeSpelledAcronyms, spelledOut } from './spelled-acronyms';

// Invented bodies and sentences.
const cluster = (type: 'organization' | 'place' | 'person', name: string, docs: Record<string, string>) => {
  const c = openEntity(type);
  c.names.set(name, 1);
  c.aliases.add(name);
  for (const [doc, s] of Object.entries(docs)) c.sentences.set(doc, [s]);
  return c;
};

describe('spelledOut', () => {
  it('finds the words a sentence spells the capitals with, joining words skipped', () => {
    expect(spelledOut('Shares of Barrow & Quill fall as B&Q sales slow.', 'BQ')).toEqual(['Barrow & Quill']);
    expect(spelledOut('The Valdoria Defence Forces (VDF) advance.', 'VDF')).toEqual(['Valdoria Defence Forces']);
    expect(spelledOut('The Front for the Liberation of Orrin-Tal says so.', 'FLOT')).toEqual(['Front for the Liberation of Orrin-Tal']);
  });

  it('spells with lowercase words only when asked: a common noun', () => {
    expect(spelledOut('Valdoria claims an exclusive trade zone (ETZ).', 'ETZ', true)).toEqual(['exclusive trade zone']);
    expect(spelledOut('Valdoria claims an exclusive trade zone (ETZ).', 'ETZ')).toEqual([]);
    expect(spelledOut('The Exclusive Trade Zone (ETZ) opens.', 'ETZ', true)).toEqual([]);
  });

  it('takes no word of capitals for a spelled-out one', () => {
    expect(spelledOut('A reporter for the Valdorian TV network VT is held.', 'VT')).toEqual([]);
  });
});

describe('mergeSpelledAcronyms', () => {
  const sentence = 'Shares of Barrow & Quill fall as B&Q sales slow.';

  it('gives the document to the full name its sentence spells out, which takes the capitals as an alias', () => {
    const full = cluster('organization', 'Barrow & Quill', { d1: sentence, d2: 'Barrow & Quill opens a shop.' });
    const short = cluster('organization', 'B&Q', { d1: sentence });
    expect(mergeSpelledAcronyms([full, short])).toEqual([full]);
    expect(full.aliases.has('B&Q')).toBe(true);
  });

  it('joins a less documented full name to the capitals the corpus knows the body by', () => {
    const full = cluster('organization', 'Barrow & Quill', { d1: sentence });
    const short = cluster('organization', 'B&Q', { d1: sentence, d2: 'B&Q opens a shop.', d3: 'B&Q hires.' });
    expect(mergeSpelledAcronyms([full, short])).toEqual([short]);
    expect(short.names.has('Barrow & Quill')).toBe(true);
  });

  it('leaves capitals whose full name is a title or missing from the document', () => {
    const title = cluster('person', 'Deputy Inspector General', { d1: 'The DIG, Deputy Inspector General Roe, resigns.' });
    const dig = cluster('organization', 'DIG', { d1: 'The DIG, Deputy Inspector General Roe, resigns.' });
    const elsewhere = cluster('organization', 'Barrow & Quill', { d9: 'Barrow & Quill opens a shop.' });
    const short = cluster('organization', 'B&Q', { d1: sentence });
    expect(mergeSpelledAcronyms([title, dig, elsewhere, short])).toHaveLength(4);
  });
});

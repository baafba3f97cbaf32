import { describe, expect, it } from 'vitest';
import { openEntity } from './entity-state';
import { withoutTermAcronyms } from './term-acronyms';

// Invented sentences.
const cluster = (name: string, docs: Record<string, string>) => {
  const c = openEntity('organization');
  c.names.set(name, 1);
  for (const [doc, s] of Object.entries(docs)) c.sentences.set(doc, [s]);
  return c;
};

describe('withoutTermAcronyms', () => {
  it('drops the documents whose capitals shorten lowercase words written before them', () => {
    const zone = cluster('ETZ', { a: 'Valdoria claims an exclusive trade zone (ETZ) off Orrin.', b: 'The ETZ board meets in Orrin.' });
    expect(withoutTermAcronyms([zone])).toEqual([zone]);
    expect([...zone.sentences.keys()]).toEqual(['b']);
  });

  it('drops a cluster left with no document, quotes counting as brackets', () => {
    const rating = cluster('SE', { a: 'The agency cuts Valdoria to "SE", a slow exit from its bonds.' });
    expect(withoutTermAcronyms([rating])).toEqual([]);
  });

  it('keeps capitals a body spells out, and capitals not set off by brackets or quotes', () => {
    const body = cluster('VTZ', { a: 'The Valdoria Trade Zone (VTZ) opens.' });
    const plain = cluster('ETZ', { a: 'An exclusive trade zone near ETZ headquarters opens.' });
    expect(withoutTermAcronyms([body, plain])).toHaveLength(2);
  });
});

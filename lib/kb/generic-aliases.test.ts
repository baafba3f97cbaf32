import { describe, expect, it } from 'vitest';
import { genericAliasesLeftOut } from './generic-aliases';
import type { KbEntity } from './schema';

const body = (id: string, name: string, aliases: string[], docCount: number): KbEntity => {
  const docs = Array.from({ length: docCount }, (_, n) => `${id}-${n}`);
  return { id, name, type: 'organization', aliases: [name, ...aliases], roles: [], docs, coverage: docs.map((doc) => ({ doc, sentences: [] })), related: [] };
};

// Real countries (the gazetteer's), invented bodies.
describe('genericAliasesLeftOut', () => {
  it("leaves out a body's name less its country when no one body holds most of the documents that go by it", () => {
    const norway = body('norwegian-harbour-ministry', 'Norwegian Harbour Ministry', ['Harbour Ministry'], 30);
    const chile = body('chilean-harbour-ministry', 'Chilean Harbour Ministry', ['Harbour Ministry'], 25);
    const left = genericAliasesLeftOut([norway, chile]);
    expect(left).toEqual(
      new Map([
        ['norwegian-harbour-ministry', new Set(['harbour ministry'])],
        ['chilean-harbour-ministry', new Set(['harbour ministry'])],
      ]),
    );
  });

  it('keeps it for the body the corpus means by it, and only for that one', () => {
    const norway = body('norwegian-harbour-ministry', 'Norwegian Harbour Ministry', ['Harbour Ministry'], 90);
    const chile = body('chilean-harbour-ministry', 'Chilean Harbour Ministry', ['Harbour Ministry'], 4);
    expect(genericAliasesLeftOut([norway, chile])).toEqual(new Map([['chilean-harbour-ministry', new Set(['harbour ministry'])]]));
  });

  it('keeps it for a lone holder: the corpus knows no other body of the kind', () => {
    const lone = body('chilean-harbour-ministry', 'Chilean Harbour Ministry', ['Harbour Ministry'], 2);
    expect(genericAliasesLeftOut([lone]).size).toBe(0);
  });

  it('counts no function word among the two', () => {
    const norway = body('norwegian-ministry-of-harbours', 'Norwegian Ministry of Harbours', ['Ministry of Harbours'], 5);
    const chile = body('chilean-ministry-of-harbours', 'Chilean Ministry of Harbours', ['Ministry of Harbours'], 5);
    expect(genericAliasesLeftOut([norway, chile]).get('chilean-ministry-of-harbours')).toEqual(new Set(['ministry of harbours']));
  });

  it('keeps a name of one word, of three words, or with a word no dictionary holds', () => {
    const team = body('oslo-harbour', 'Oslo Harbour', ['Harbour'], 3);
    const long = body('norwegian-press-complaints-board', 'Norwegian Press Complaints Board', ['Press Complaints Board'], 3);
    const named = body('chilean-tehreek-party', 'Chilean Tehreek Party', ['Tehreek Party'], 3);
    const others = [team, long, named].map((e) => body(`peruvian-${e.id}`, `Peruvian ${e.aliases[1]}`, [e.aliases[1] as string], 3));
    expect(genericAliasesLeftOut([team, long, named, ...others]).size).toBe(0);
  });
});

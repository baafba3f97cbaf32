import { describe, expect, it } from 'vitest';
import { withoutBareWordDocuments } from './bare-word-aliases';
import type { KbEntity } from './schema';

// An invented party of a real country's name (the gazetteer knows countries), and invented sentences.
const party = (aliases: string[], docs: Record<string, string>): KbEntity => ({
  id: 'canadian-harbour-party',
  name: 'Canadian Harbour Party',
  type: 'organization',
  aliases: ['Canadian Harbour Party', ...aliases],
  roles: Object.keys(docs).map((doc) => ({ text: 'leader', doc, sentence: docs[doc] as string })),
  docs: Object.keys(docs),
  coverage: Object.entries(docs).map(([doc, s]) => ({ doc, sentences: [s] })),
  related: [],
});

describe('withoutBareWordDocuments', () => {
  const docs = {
    a: 'The Canadian Harbour Party wins in Orrin.',
    b: 'Harbour gains seats across Canada.',
    c: 'The Secretary of Harbour resigns in Valdoria.',
  };

  it('drops a document naming the body by its dictionary word alone, away from its country', () => {
    const kept = withoutBareWordDocuments(party(['Harbour'], docs));
    expect(kept.docs).toEqual(['a', 'b']);
    expect(kept.roles.map((r) => r.doc)).toEqual(['a', 'b']);
    expect(kept.aliases).toContain('Harbour');
  });

  it('leaves a body with no such word, or whose every document would go', () => {
    expect(withoutBareWordDocuments(party([], docs)).docs).toHaveLength(3);
    expect(withoutBareWordDocuments(party(['Harbour'], { c: docs.c })).docs).toEqual(['c']);
  });

  it('takes no acronym for a dictionary word', () => {
    expect(withoutBareWordDocuments(party(['HARBOUR'], { ...docs, c: 'The HARBOUR resigns in Valdoria.' })).docs).toHaveLength(3);
  });
});

/** What a mention teaches as aliases: a title only for people, and no stray punctuation. */
import { describe, expect, it } from 'vitest';
import { recordArticle } from '../../lib/corpus/record-article';
import { buildKb } from '../../lib/kb/build';

const kbOf = (text: string) => buildKb([recordArticle('a.jsonl#1', { text, date: '2020-01-01', title: null, source: null, url: null, authors: [] })]);

describe('aliases a mention teaches', () => {
  it('gives a title to a person, never to a place ("Miss USA" is no name of the United States)', () => {
    const kb = kbOf(
      'The pageant in Reno crowned a new Miss USA on Sunday. The winner will represent the United States abroad. In Tokyo, President Kessler told reporters that the talks had gone well.',
    );
    expect(kb.entities.find((e) => e.id === 'united-states')?.aliases).not.toContain('Miss USA');
    expect(kb.entities.find((e) => e.name === 'Kessler')?.aliases).toContain('President Kessler');
  });
});

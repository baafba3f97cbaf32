/** A surname alone before "government" or "regime" is the leader's, where the corpus knows someone by it (lib/kb/leader-rule.ts). */
import { describe, expect, it } from 'vitest';
import { recordArticle } from '../../lib/corpus/record-article';
import { buildKb } from '../../lib/kb/build';

const article = (n: number, date: string, text: string) => recordArticle(`news.jsonl#${n}`, { text, date, title: null, source: null, url: null, authors: [] });

// Invented: a president named in full, then his government named by his surname alone; a party's government no one bears the name of.
const kb = buildKb([
  article(1, '2019-03-02', 'On Monday, President Paul Okonjo met the envoy of Norway in the capital.'),
  article(2, '2019-04-10', 'After a long debate, Paul Okonjo signed the budget bill.'),
  article(3, '2019-05-14', 'Police closed the roads as the Okonjo government banned the march.'),
  article(4, '2019-06-20', 'Critics said the Velmaro government would fall before the vote.'),
]);
const named = (name: string) => kb.entities.filter((e) => e.name === name).map((e) => `${e.type}:${e.docs.join(',')}`);

describe('a name alone before a noun of rule', () => {
  it('is the person the corpus knows by that surname, not an organization', () => {
    expect(named('Okonjo')).toEqual([]);
    expect(named('Paul Okonjo')).toEqual(['person:news.jsonl#1,news.jsonl#2,news.jsonl#3']);
  });

  it('stays what the text made it where no one bears the name', () => {
    expect(named('Velmaro').map((e) => e.split(':')[0])).not.toContain('person');
  });
});

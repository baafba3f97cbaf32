/** A family name alone goes, document by document, to the person its date points to. */
import { describe, expect, it } from 'vitest';
import { recordArticle } from '../../lib/corpus/record-article';
import { buildKb } from '../../lib/kb/build';

const article = (n: number, date: string, text: string) => recordArticle(`news.jsonl#${n}`, { text, date, title: null, source: null, url: null, authors: [] });

// Two people of one family name, covered in different decades, and articles that name only the family name (invented).
const articles = [
  article(1, '1998-03-02', 'On Monday, Paul Kessler met the prime minister of Ireland in Washington to discuss the peace talks.'),
  article(2, '1998-06-10', 'After a long debate, Paul Kessler signed the budget bill the Senate had passed.'),
  article(3, '1998-09-14', 'In Moscow, Paul Kessler opened a summit on arms control with Russian leaders.'),
  article(4, '2016-02-01', 'On Monday night, Martha Kessler won the Iowa caucuses by a narrow margin.'),
  article(5, '2016-07-28', 'In Philadelphia, Martha Kessler accepted the nomination of her party.'),
  article(6, '2016-10-09', 'On Sunday, Martha Kessler debated her opponent in St. Louis.'),
  article(7, '1998-11-20', 'In Tokyo, President Kessler told reporters that the trade talks had gone well.'),
  article(8, '2016-09-26', 'In New York, Senator Kessler told reporters that the polls were tightening.'),
  article(9, '2007-05-05', 'In Paris, Senator Kessler told reporters that the talks had gone well.'),
];

describe('short forms resolved by date', () => {
  const kb = buildKb(articles);
  const docsOf = (id: string) => kb.entities.find((e) => e.id === id)?.docs ?? [];

  it('gives "Kessler" of 1998 to Paul Kessler and of 2016 to Martha Kessler', () => {
    expect(docsOf('paul-kessler')).toEqual(['news.jsonl#1', 'news.jsonl#2', 'news.jsonl#3', 'news.jsonl#7']);
    expect(docsOf('martha-kessler')).toEqual(['news.jsonl#4', 'news.jsonl#5', 'news.jsonl#6', 'news.jsonl#8']);
    expect(kb.entities.find((e) => e.id === 'martha-kessler')?.aliases).toContain('Kessler');
  });

  it('leaves a date neither clearly holds with the short form', () => {
    expect(docsOf('kessler')).toEqual(['news.jsonl#9']);
  });

  it('gives the same KB in any order of articles', () => {
    expect(JSON.stringify(buildKb([...articles].reverse()))).toBe(JSON.stringify(kb));
  });
});

describe('names that are no short form of a person', () => {
  // Invented: a son named after his father with "bin", the father named alone with his title, and a "Jr." of another family.
  const kb = buildKb([
    article(1, '2020-03-02', 'Crown Prince Karim bin Faisal met the envoy of Norway in the capital on Monday.'),
    article(2, '2020-04-10', 'Officials said Karim bin Faisal would lead the delegation to the talks.'),
    article(3, '2020-05-14', 'King Faisal received the ambassador of Chile at the palace on Tuesday.'),
    article(4, '2021-01-20', 'Walter Brennan Jr. spoke to reporters in Denver about the new bill.'),
    article(5, '2021-02-11', 'A museum in Denver honours Albert Kessinger, Jr., the painter.'),
  ]);
  const named = (id: string) => kb.entities.find((e) => e.id === id);

  it('leaves the father named alone out of his son, with his title', () => {
    expect(named('karim-bin-faisal')?.aliases).not.toContain('Faisal');
    expect(named('karim-bin-faisal')?.docs).toEqual(['news.jsonl#1', 'news.jsonl#2']);
  });

  it('gives a particle alone to no one: "Al" is no short form of "Hamid al-Rawzi"', () => {
    const particle = buildKb([
      article(1, '2020-03-02', 'Hamid al-Rawzi met the envoy of Norway in the capital on Monday.'),
      article(2, '2020-03-09', 'Officials said Hamid al-Rawzi would lead the delegation.'),
      article(3, '2020-03-12', 'In Denver, President Al told reporters that the talks had gone well.'),
    ]);
    expect(particle.entities.find((e) => e.id === 'hamid-al-rawzi')?.aliases).not.toContain('Al');
  });

  it('gives a generational suffix alone to no one', () => {
    expect(named('walter-brennan-jr')?.docs ?? []).not.toContain('news.jsonl#5');
  });
});

describe('a family name alone that one person of the corpus bears', () => {
  // Invented: one Dravek covered in 2004, and "Dravek" alone in 2004 and in 2019, when no Dravek is in the news.
  const kb = buildKb([
    article(1, '2004-03-02', 'On Monday, Anton Dravek opened the campaign in Boston with a speech on jobs.'),
    article(2, '2004-06-10', 'Anton Dravek won the primary in Ohio by a wide margin.'),
    article(3, '2004-09-14', 'In Denver, Senator Dravek told reporters that the polls were close.'),
    article(4, '2019-08-18', 'In the final at the stadium, Dravek beat the champions by two points.'),
  ]);
  const named = (id: string) => kb.entities.find((e) => e.id === id);

  it('names no one when it is a word of the dictionary left after its bearer took the documents of its time', () => {
    const word = buildKb([
      article(1, '2004-03-02', 'In Boston on Monday, Miss Universe Kessel waved to the crowd.'),
      article(2, '2004-06-10', 'Miss Universe Kessel met the envoy of Chile on Tuesday.'),
      article(3, '2019-08-18', 'In Denver, Miss Universe told reporters that the pageant had gone well.'),
    ]);
    expect(word.entities.find((e) => e.id === 'universe-kessel')?.docs).toEqual(['news.jsonl#1', 'news.jsonl#2']);
    expect(word.entities.map((e) => e.name)).not.toContain('Universe');
  });

  it("goes to that person only in the documents of that person's time", () => {
    expect(named('anton-dravek')?.docs).toEqual(['news.jsonl#1', 'news.jsonl#2', 'news.jsonl#3']);
    expect(named('anton-dravek')?.docs).not.toContain('news.jsonl#4');
  });
});

describe('a two-word name that ends one longer name', () => {
  // Invented: a president of two family names, named with his given name and without it.
  const kb = buildKb([
    article(1, '2014-03-02', 'On Monday, Daniel Ferreño Vidal met the prime minister of Canada in Ottawa.'),
    article(2, '2014-04-10', 'In Lima, Daniel Ferreño Vidal signed a trade pact with Peru.'),
    article(3, '2014-05-14', 'In Madrid, President Ferreño Vidal told reporters the talks had gone well.'),
    article(4, '2014-06-20', 'Critics of President Ferreño Vidal marched in the capital on Sunday.'),
    article(10, '2014-08-03', 'In Quito, Daniel Ferreño Vidal opened a new port on the coast.'),
    article(11, '2014-09-12', 'On Friday, Daniel Ferreño Vidal named a new finance minister.'),
    article(5, '2014-07-01', 'On Friday, Clara Anne Dorsey opened a school in Denver.'),
    article(6, '2014-07-09', 'In Boston, Senator Anne Dorsey said the bill would pass.'),
  ]);
  const named = (id: string) => kb.entities.find((e) => e.id === id);

  it('is that person', () => {
    expect(named('ferreno-vidal')).toBeUndefined();
    expect(named('daniel-ferreno-vidal')?.docs.length).toBe(6);
  });

  it('stays its own when it opens with a given name: another person may bear it', () => {
    expect(named('anne-dorsey')?.docs).toEqual(['news.jsonl#6']);
  });
});

describe('a two-word name more covered than the longer name it ends', () => {
  // Invented: the longer name met once (a glued run may be no name of that person), the two words often.
  const kb = buildKb([
    article(1, '2014-03-02', 'On Monday, Daniel Ferreño Vidal met the prime minister of Canada in Ottawa.'),
    article(2, '2014-04-10', 'In Lima, President Ferreño Vidal signed a trade pact with Peru.'),
    article(3, '2014-05-14', 'In Madrid, President Ferreño Vidal told reporters the talks had gone well.'),
  ]);

  it('stays its own', () => {
    expect(kb.entities.find((e) => e.id === 'ferreno-vidal')?.docs.length).toBe(2);
  });
});

describe('a family name of two words opened by a particle', () => {
  // Invented: the full name and the family name alone, once each.
  const kb = buildKb([
    article(1, '2015-03-02', 'On Monday, Lina van Orsel opened a new port in Rotterdam.'),
    article(2, '2015-05-10', 'In Brussels, Van Orsel told reporters the talks had gone well.'),
    article(3, '2015-06-11', 'In Lima, Marco Di Lusso signed a trade pact with Peru.'),
    article(4, '2015-07-12', 'In Rome, Minister Di Lusso said the pact would hold.'),
  ]);
  const named = (id: string) => kb.entities.find((e) => e.id === id);

  it('is the one person who bears it, though no more covered', () => {
    expect(named('van-orsel')).toBeUndefined();
    expect(named('lina-van-orsel')?.docs).toEqual(['news.jsonl#1', 'news.jsonl#2']);
    expect(named('di-lusso')).toBeUndefined();
    expect(named('marco-di-lusso')?.docs).toEqual(['news.jsonl#3', 'news.jsonl#4']);
  });
});

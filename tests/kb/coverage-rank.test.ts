import { describe, expect, it } from 'vitest';
import { coverageOf } from '../../lib/kb/card-model';
import { groupSameDay, rankCoverage } from '../../lib/kb/coverage-rank';
import { createKbIndex } from '../../lib/kb/kb-index';
import { entityKb } from './one-entity-kb';

const article = (doc: string, date: string | null, source: string | null = 'Wire') => ({ doc, date, source });

describe('rankCoverage', () => {
  const articles = [article('far', '2010-06-01'), article('near', '2017-11-10'), article('undated', null), article('shares', '2016-11-17')];

  it('puts the article sharing the page’s entities first, then the closest in time, undated last', () => {
    const shared = (doc: string) => (doc === 'shares' ? 2 : 0);
    expect(rankCoverage(articles, shared, '2017-11-17').map((a) => a.doc)).toEqual(['shares', 'near', 'far', 'undated']);
  });

  it('lets time win over one shared entity seven years away', () => {
    const shared = (doc: string) => (doc === 'far' ? 1 : 0);
    expect(rankCoverage(articles, shared, '2017-11-17').map((a) => a.doc)).toEqual(['near', 'shares', 'far', 'undated']);
  });

  it('without a date to read against, lists by shared entities, then newest first, undated last', () => {
    expect(rankCoverage(articles, () => 0).map((a) => a.doc)).toEqual(['near', 'shares', 'far', 'undated']);
  });
});

describe('groupSameDay', () => {
  it('folds a source’s articles of one day into the row of its best-ranked one, in rank order', () => {
    const rows = groupSameDay([
      article('a', '2017-11-15', 'Reuters'),
      article('b', '2017-11-15', 'AP'),
      article('c', '2017-11-15', 'Reuters'),
      article('d', '2017-11-16', 'Reuters'),
      article('e', '2017-11-15', 'Reuters'),
      article('f', '2017-11-15', null),
      article('g', '2017-11-15', null),
    ]);
    expect(rows.map((r) => [r.doc, r.also.map((a) => a.doc)])).toEqual([
      ['a', ['c', 'e']],
      ['b', []],
      ['d', []],
      ['f', []],
      ['g', []],
    ]);
  });
});

describe('coverageOf', () => {
  it('ranks for the page’s entities and leaves the page itself out', () => {
    const kb = entityKb(['2017-11-01', '2017-11-02', '2017-11-03', '2017-11-04']);
    kb.documents = kb.documents.map((d) => ({ ...d, source: `Source ${d.file}`, url: `https://example.org/${d.file}` }));
    const other = { ...structuredClone(kb.entities[0]), id: 'f', name: 'F', docs: ['d0.txt', 'd3.txt'] };
    kb.entities.push(other as (typeof kb.entities)[number]);
    const index = createKbIndex(kb);
    const page = { url: 'https://example.org/d3.txt', text: '', entities: ['f'] };
    const { rows } = coverageOf(index, kb.entities[0]?.coverage ?? [], page, '2017-11-03');
    expect(rows.map((r) => r.doc)).toEqual(['d0.txt', 'd2.txt', 'd1.txt']);
  });
});

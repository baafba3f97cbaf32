import { describe, expect, it } from 'vitest';
import type { Article, SegmentKind } from '../../lib/corpus/article';
import { readText } from '../../lib/corpus/read-text';
import { bundled, expectGoldMetadata, fixture, goldDocuments } from './gold';
import { expectSegmentInvariants } from './segment-invariants';

/** The text of every segment of one kind, in order. */
const textsOf = (a: Article, kind: SegmentKind) => a.segments.filter((s) => s.kind === kind).map((s) => a.text.slice(s.start, s.end));

describe('readText on the bundled corpus', () => {
  it.each(goldDocuments.map((g) => [g.file, g] as const))('%s has the gold metadata', (file, gold) => {
    const article = readText(file, bundled(file));
    expect(article.file).toBe(file);
    expectGoldMetadata(article, gold);
    expectSegmentInvariants(article, { oneLineEach: true });
  });

  it('000: dateline is the place only, the rest of its line is body, the teaser is boilerplate', () => {
    const a = readText('000.txt', bundled('000_0d5ffab74231d77e.txt'));
    expect(a.dateline).toEqual({ place: 'Washington', start: 0, end: 10 });
    expect(textsOf(a, 'body')[0]).toMatch(/^The United States Secretary of State/);
    expect(textsOf(a, 'boilerplate')).toEqual(['Also Read: US Secretary Blinken in Tokyo for G7']);
  });

  it('003: from the line "Related" on, everything is boilerplate', () => {
    const a = readText('003.txt', bundled('003_bb7c1b80d40783f0.txt'));
    const related = a.text.indexOf('\nRelated\n') + 1;
    expect(a.segments.filter((s) => s.start >= related).every((s) => s.kind === 'boilerplate')).toBe(true);
    expect(a.segments.filter((s) => s.start < related).every((s) => s.kind === 'body')).toBe(true);
    expect(textsOf(a, 'boilerplate')).toHaveLength(a.text.slice(related).split('\n').length);
  });

  it('004: header lines get their kinds; the footer is boilerplate', () => {
    const a = readText('004.txt', bundled('004_fe850a9c543d8108.txt'));
    expect(a.segments.slice(0, 5).map((s) => s.kind)).toEqual(['source', 'title', 'subtitle', 'byline', 'dateline']);
    expect(textsOf(a, 'dateline')).toEqual(['SEOUL']);
    expect(textsOf(a, 'boilerplate')).toEqual(['Newspapers in English', 'Newspapers from United States']);
  });
});

describe('readText on other news text', () => {
  const cases: [string, Partial<Article> & { place?: string | null }, string[]][] = [
    [
      'wire-agency.txt',
      { title: 'Port workers end strike after pay deal', source: 'Reuters', authors: ['Jane Okafor'], date: null, place: 'London' },
      ['Reporting by Jane Okafor; Editing by Tom Reyes'],
    ],
    [
      'hard-wrapped.txt',
      {
        title: 'Rail link between the two capitals reopens',
        subtitle: 'Repairs took eighteen months and cost twice the first estimate',
        authors: ['Hana Kovac', 'Peter Lind', 'Amira Saleh'],
        date: '2023-11-09',
        source: null,
        place: 'Berlin',
      },
      ['Copyright 2023 Example Wire Service. All rights reserved.'],
    ],
    [
      'dek-sentence.txt',
      {
        title: 'Kyiv grain corridor sees busiest week since spring',
        subtitle: 'Ships carried more grain out of the Black Sea ports than in any week since April, officials said.',
        authors: ['Olena Bondar'],
        date: '2023-11-09',
        place: 'Kyiv',
      },
      ['© 2023 Black Sea Daily'],
    ],
    ['crlf-colon.txt', { title: null, source: null, place: 'Islamabad' }, ['Advertisement']],
    [
      'teasers-appendix.txt',
      { title: null, source: null, date: null, place: null },
      [
        'READ ALSO',
        'Budget talks stall over school repairs',
        'Related: Tram depot listed as protected building',
        'Recommended',
        'Five things to know about the new budget',
        'Why the river bridge is closed again',
      ],
    ],
    ['by-the-time.txt', { title: 'Storm Closes Ferry Routes Across the Strait', source: null, authors: [], place: null }, []],
    ['short-first-line.txt', { title: null, subtitle: null, place: null }, []],
    [
      'kicker-updated.txt',
      { title: 'Minister quietly met oil executives before the vote', source: null, authors: ['Sam Ode'], date: '2023-11-09', place: 'Washington' },
      ['EXCLUSIVE'],
    ],
    ['bridge.md', { title: 'Bridge reopens after repairs', authors: ['Jane Doe'], place: null }, []],
    ['headline-deck.txt', { title: 'Storm Hits Coast', subtitle: 'Thousands without power as winds reach 120 km/h', source: null, place: null }, []],
    ['trailing-credit.txt', { title: null, authors: [], place: null }, ['By Jane Doe']],
  ];

  it.each(cases)('%s', (file, expected, boilerplate) => {
    const a = readText(file, fixture(`text/${file}`));
    const { place, ...fields } = expected;
    expect(a).toMatchObject(fields);
    if (place !== undefined) expect(a.dateline?.place ?? null).toBe(place);
    expect(textsOf(a, 'boilerplate')).toEqual(boilerplate);
    expectSegmentInvariants(a);
  });

  it('joins hard-wrapped lines into one body paragraph', () => {
    const a = readText('w.txt', fixture('text/hard-wrapped.txt'));
    const body = textsOf(a, 'body');
    expect(body).toHaveLength(2);
    expect(body[0]).toMatch(/^The high-speed line[\s\S]*officials\nsaid\.$/);
  });

  it('keeps one body segment per line when each line is a paragraph', () => {
    const a = readText('s.txt', fixture('text/short-first-line.txt'));
    expect(textsOf(a, 'body')).toEqual(a.text.trim().split('\n'));
    expectSegmentInvariants(a, { oneLineEach: true });
  });

  it('reads empty and whitespace-only text as an article without segments', () => {
    expect(readText('e.txt', '  \n\n ').segments).toEqual([]);
  });
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPageDate, PUBLISHED_DATE_KEYS } from '../../lib/corpus/page-date';
import { parseStatedDate } from '../../lib/corpus/parse-date';
import { parseWithLinkedom } from '../../lib/corpus/read-html';

const page = (head: string, body = '<article><p>Text.</p></article>') =>
  parseWithLinkedom(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);

describe('parseStatedDate', () => {
  it.each([
    ['2019-01-03T02:00:02-0500', '2019-01-03'],
    ['2018-04-05T06:00', '2018-04-05'],
    ['2017-07-27', '2017-07-27'],
    ['20170113', '2017-01-13'],
    ['20170113033838', '2017-01-13'],
    ['Fri Mar 13 21:30:09 EST 2015', '2015-03-13'],
    ['Jan. 13, 2017', '2017-01-13'],
  ])('%s → %s', (input, expected) => {
    expect(parseStatedDate(input)).toBe(expected);
  });

  it.each(['20171341', '2017-02-30T10:00Z', '1234', 'Mon Foo 13 21:30:09 EST 2015', '10.15.15', 'soon'])('%s is no date', (input) => {
    expect(parseStatedDate(input)).toBeNull();
  });
});

describe('findPageDate', () => {
  it('lists each meta field once', () => {
    expect(new Set(PUBLISHED_DATE_KEYS).size).toBe(PUBLISHED_DATE_KEYS.length);
    expect(PUBLISHED_DATE_KEYS.every((k) => k === k.toLowerCase())).toBe(true);
  });

  it('reads a meta tag under property, name or itemprop, whichever names the field', () => {
    expect(findPageDate(page('<meta property="article:published" itemprop="datePublished" content="2019-02-21T08:00:08.000Z">'))).toEqual({
      date: '2019-02-21',
      source: 'meta',
    });
    expect(findPageDate(page('<meta name="pdate" content="20160729">'))).toEqual({ date: '2016-07-29', source: 'meta' });
    expect(findPageDate(page('<meta itemprop="datePublished" content="2019-04-30T13:39:00-04:00">'))?.date).toBe('2019-04-30');
  });

  it('prefers the publication field to a plain date, whatever their order on the page', () => {
    const head = '<meta name="date" content="2020-05-06"><meta property="article:published_time" content="2020-05-01T10:00:00Z">';
    expect(findPageDate(page(head))?.date).toBe('2020-05-01');
  });

  it('skips meta fields of other dates and values that are no date', () => {
    const head =
      '<meta property="article:modified_time" content="2020-05-09"><meta name="date" content="yesterday"><meta property="og:updated_time" content="2020-05-09">';
    expect(findPageDate(page(head))).toBeNull();
  });

  it('reads JSON-LD, also inside a CDATA section', () => {
    const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;
    const record = '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Talks end","datePublished":"2021-03-04T06:00"}';
    expect(findPageDate(page(ld(record)))).toEqual({ date: '2021-03-04', source: 'json-ld' });
    expect(findPageDate(page(ld(`\n<![CDATA[\n${record}\n]]>\n`)))?.date).toBe('2021-03-04');
    expect(findPageDate(page(ld(`//<![CDATA[\n${record}\n//]]>`)))?.date).toBe('2021-03-04');
  });

  it("reads the article's <time datetime>, not a related story's", () => {
    const body =
      '<nav><time datetime="2014-07-17">Jul 17</time></nav><article><p>By A. Writer <time datetime="2015-04-16T20:02:01+00:00">Apr 16</time></p></article>';
    expect(findPageDate(page('', body))).toEqual({ date: '2015-04-16', source: 'time' });
    const marked = '<article><time datetime="2016-01-01">x</time><time itemprop="datePublished" datetime="2016-02-02">y</time></article>';
    expect(findPageDate(page('', marked))?.date).toBe('2016-02-02');
  });

  it('reads a /YYYY/MM/DD/ path of the canonical link or the address, and nothing else of it', () => {
    expect(findPageDate(page('<link rel="canonical" href="https://news.example/world/2015/03/18/museum-story.html">'))).toEqual({
      date: '2015-03-18',
      source: 'url',
    });
    expect(findPageDate(page(''), 'https://news.example/2015/03/18/story')?.date).toBe('2015-03-18');
    expect(findPageDate(page(''), 'https://news.example/story-20190520/')).toBeNull();
    expect(findPageDate(page(''), 'https://news.example/2015/13/40/story')).toBeNull();
  });
});

// Real news pages (../shared/pages/real), read from there and never copied. Skipped where that
// folder is absent, as in a fresh clone. Each date was read off its page by eye; three pages give
// no date a machine can read (one says "posted on April 21", without a year).
const REAL = join(__dirname, '../../../shared/pages/real');
const expected: Record<string, string | null> = {
  aclu: '2018-04-05',
  'ars-1': '2015-04-16',
  'bbc-1': '2015-07-24',
  'buzzfeed-1': null,
  'citylab-1': '2019-04-30',
  engadget: '2017-11-03',
  'guardian-1': '2019-01-03',
  'herald-sun-1': '2015-03-13',
  'iab-1': '2015-10-15',
  'lwn-1': null,
  medicalnewstoday: '2017-07-27',
  'nytimes-1': '2017-01-13',
  'nytimes-2': '2016-07-29',
  'nytimes-3': '2019-02-21',
  'quanta-1': null,
  'wapo-1': '2015-03-18',
  'yahoo-1': '2016-10-13',
  // Its <time> says 23:29 UTC on 1 December; readers east of London saw "December 2".
  'yahoo-2': '2016-12-01',
};

describe.skipIf(!existsSync(REAL))('findPageDate on the real pages in ../shared/pages/real', () => {
  it('covers every page there', () => {
    const pages = readdirSync(REAL).filter((f) => f.endsWith('.html') && !f.endsWith('.expected.html'));
    expect(pages.map((f) => f.replace(/\.html$/, '')).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('%s → %s', (name, date) => {
    const doc = parseWithLinkedom(readFileSync(join(REAL, `${name}.html`), 'utf8'));
    expect(findPageDate(doc)?.date ?? null).toBe(date);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toCardModel } from '../../lib/kb/card-model';
import { createKbIndex } from '../../lib/kb/kb-index';
import { bundledKb } from './bundled-kb';

/** A day after the bundled corpus's dated article. */
const AS_OF = '2023-11-10';

const corpusText = (file: string) => readFileSync(new URL(`../../assets/corpus/${file}`, import.meta.url), 'utf8');

describe('toCardModel', () => {
  it('gives each role once, canonical, with its articles and newest source, and coverage newest first', async () => {
    const index = createKbIndex(await bundledKb());
    const card = toCardModel(index, 'antony-blinken', { url: null, text: 'An unrelated page about gardening.' }, '2023-11-10');
    // "United States Secretary of State" (dated) and "Secretary of State" (undated) are one role.
    expect(card?.roles[0]).toMatchObject({
      text: 'United States Secretary of State',
      docs: 2,
      first: '2023-11-09',
      last: '2023-11-09',
      later: false,
      date: '2023-11-09',
    });
    expect(card?.lead).toEqual({ text: 'United States Secretary of State', first: '2023-11-09', last: '2023-11-09' });
    expect(card?.asOf).toBe('2023-11-10');
    expect(card?.coverage.map((c) => c.doc.slice(0, 3))).toEqual(['000', '003', '004']);
    expect(card?.coverage[0]?.date).toBe('2023-11-09');
    expect(card?.kbDate).toBe('2023-11-09');
  });

  it('lists coverage closest in time to the page first, undated last', async () => {
    const kb = await bundledKb();
    const dates = ['2020-01-01', '2023-06-01', '2024-01-01'];
    const documents = kb.documents.map((d, i) => ({ ...d, date: dates[i] ?? null }));
    const index = createKbIndex({ ...kb, documents });
    const dateOf = (doc: string) => index.document(doc)?.date;
    const near2020 = toCardModel(index, 'antony-blinken', { url: null, text: '' }, '2019-06-01');
    expect(near2020?.coverage.map((c) => dateOf(c.doc))).toEqual(['2020-01-01', '2023-06-01', '2024-01-01']);
    const near2023 = toCardModel(index, 'antony-blinken', { url: null, text: '' }, '2023-09-01');
    expect(near2023?.coverage.map((c) => dateOf(c.doc))).toEqual(['2023-06-01', '2024-01-01', '2020-01-01']);
  });

  it('never lists the page being read, recognized by its text', async () => {
    const index = createKbIndex(await bundledKb());
    const page = corpusText('004_fe850a9c543d8108.txt').replace(/\n+/g, ' ');
    const card = toCardModel(index, 'antony-blinken', { url: 'https://example.org/other', text: page }, AS_OF);
    expect(card?.coverage.map((c) => c.doc.slice(0, 3))).toEqual(['000', '003']);
  });

  it('links only web URLs, whatever the KB holds', async () => {
    const kb = await bundledKb();
    const urls = ['javascript:alert(1)', 'https://news.example/blinken-visit', 'data:text/html,hi'];
    const documents = kb.documents.map((d, i) => ({ ...d, url: urls[i] ?? null }));
    const card = toCardModel(createKbIndex({ ...kb, documents }), 'antony-blinken', { url: null, text: '' }, AS_OF);
    expect(card?.coverage.map((c) => c.url)).toEqual([null, 'https://news.example/blinken-visit', null]);
  });

  it('is null for an unknown entity', async () => {
    const index = createKbIndex(await bundledKb());
    expect(toCardModel(index, 'nobody', { url: null, text: '' }, AS_OF)).toBeNull();
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toEventCardModel } from '../../lib/kb/event-card-model';
import { createKbIndex } from '../../lib/kb/kb-index';
import { bundledKb } from '../kb/bundled-kb';

const corpusText = (file: string) => readFileSync(new URL(`../../assets/corpus/${file}`, import.meta.url), 'utf8');
const elsewhere = { url: null, text: 'A page about something else entirely.' };

describe('toEventCardModel', () => {
  it('gives the summary, date, place and participants, actors first', async () => {
    const index = createKbIndex(await bundledKb());
    const card = toEventCardModel(index, 'antony-blinken-visits-south-korea', elsewhere);
    expect(card).toMatchObject({ label: 'Antony Blinken visits South Korea', date: '2023-11-09', place: { id: 'seoul', name: 'Seoul' }, articleCount: 2 });
    expect(card?.participants[0]).toEqual({ id: 'antony-blinken', name: 'Antony Blinken', type: 'person', role: 'agent' });
    expect(card?.participants.map((p) => p.name)).not.toContain('Seoul'); // shown as the place
  });

  it('lists the articles that tell it with their sentences, newest first', async () => {
    const index = createKbIndex(await bundledKb());
    const card = toEventCardModel(index, 'north-korea-supplies-munitions-to-russia', elsewhere);
    expect(card?.coverage.map((c) => c.doc.slice(0, 3))).toEqual(['000', '004']);
    expect(card?.coverage[0]?.sentences.join(' ')).toContain('provide munitions and other supplies to Russia');
  });

  it('never lists the page being read, recognized by its text or its URL', async () => {
    const index = createKbIndex(await bundledKb());
    const page = corpusText('004_fe850a9c543d8108.txt').replace(/\n+/g, ' ');
    const byText = toEventCardModel(index, 'north-korea-supplies-munitions-to-russia', { url: 'https://example.org/other', text: page });
    expect(byText?.coverage.map((c) => c.doc.slice(0, 3))).toEqual(['000']);
    expect(byText?.articleCount).toBe(2);
  });

  it('gives the happenings before and after it in its storyline, by date, and none to one that stands alone', async () => {
    const base = await bundledKb();
    const index = createKbIndex(await bundledKb());
    expect(toEventCardModel(index, 'antony-blinken-visits-south-korea', elsewhere)?.storyline).toEqual({ before: null, after: null });
    // Three happenings of one story, told out of order.
    const told = (id: string, date: string) => ({ ...(base.events[0] as (typeof base.events)[number]), id, label: id, date, storyline: 'first' });
    const chained = createKbIndex({
      ...base,
      events: [...base.events, told('third', '2024-03-01'), told('first', '2024-01-01'), told('second', '2024-02-01')],
    });
    expect(toEventCardModel(chained, 'second', elsewhere)?.storyline).toEqual({
      before: { id: 'first', label: 'first', date: '2024-01-01' },
      after: { id: 'third', label: 'third', date: '2024-03-01' },
    });
    expect(toEventCardModel(chained, 'first', elsewhere)?.storyline.before).toBeNull();
  });

  it('is null for an unknown event', async () => {
    const index = createKbIndex(await bundledKb());
    expect(toEventCardModel(index, 'nothing-happened', elsewhere)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { readText } from '../../lib/corpus/read-text';
import { buildKb } from '../../lib/kb/build';
import { toTimelineModel } from '../../lib/kb/event-timeline';
import { createKbIndex } from '../../lib/kb/kb-index';
import { bundledKb } from '../kb/bundled-kb';

describe('toTimelineModel', () => {
  it('spans the first and last day the corpus sees an entity, events before articles on a day', async () => {
    const index = createKbIndex(await bundledKb());
    const timeline = toTimelineModel(index, 'south-korea');
    // The defence minister's "upcoming" meeting of 2023-11-13 is no event: only what happened is placed.
    expect(timeline).toMatchObject({ first: '2023-11-09', last: '2023-11-09' });
    expect(timeline?.items.map((i) => [i.date, i.kind, i.position])).toEqual([
      ['2023-11-09', 'event', 0.5],
      ['2023-11-09', 'event', 0.5],
      ['2023-11-09', 'article', 0.5],
    ]);
    expect(timeline?.items[0]?.label).toBe('Antony Blinken visits South Korea');
    expect(timeline?.undated).toEqual({ events: 0, articles: 1 });
  });

  it('places items along the strip by date', () => {
    const kb = buildKb([
      readText('a.txt', 'Oslo, 1 March 2024 (NNA): Jane Holloway met Erik Dahl in Oslo.\n'),
      readText('b.txt', 'Oslo, 3 March 2024 (NNA): Jane Holloway visited Bergen.\n'),
      readText('c.txt', 'Oslo, 11 March 2024 (NNA): Jane Holloway spoke in Bergen.\n'),
    ]);
    const timeline = toTimelineModel(createKbIndex(kb), 'jane-holloway');
    const articles = timeline?.items.filter((i) => i.kind === 'article');
    expect(articles?.map((i) => [i.date, i.position])).toEqual([
      ['2024-03-01', 0],
      ['2024-03-03', 0.2],
      ['2024-03-11', 1],
    ]);
  });

  it('centres a single day and is null for an unknown entity', async () => {
    const index = createKbIndex(await bundledKb());
    expect(toTimelineModel(index, 'india')?.items.map((i) => i.position)).toEqual([0.5]);
    expect(toTimelineModel(index, 'nobody')).toBeNull();
  });
});

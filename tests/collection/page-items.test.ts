import { describe, expect, it } from 'vitest';
import { collectionItems } from '../../lib/collection/page-items';
import { createKbIndex } from '../../lib/kb/kb-index';
import { bundledKb } from '../kb/bundled-kb';

const headline = 'Blinken and Park meet.';
const body = 'Foreign Minister Park Jin spoke. NATO listened.';
const blocks = [
  { text: headline, marks: [{ start: 12, end: 16, id: 'park-jin', type: 'person' as const }], events: [] },
  {
    text: body,
    marks: [
      { start: 17, end: 25, id: 'park-jin', type: 'person' as const },
      { start: 33, end: 37, id: 'nato', type: 'organization' as const },
    ],
    events: [],
  },
];
const visit = { url: 'https://news.example/a', title: 'A', time: 5 };

describe('collectionItems', async () => {
  const index = createKbIndex(await bundledKb());

  it("gives every entity at its first mention, with the KB's name", () => {
    expect(collectionItems(index, blocks, visit, 'met').map((i) => [i.id, i.name, i.surface, i.sentence])).toEqual([
      ['park-jin', 'Park Jin', 'Park', headline],
      ['nato', 'NATO', 'NATO', 'NATO listened.'],
    ]);
  });

  it('collects the mention the card opened on, by its text', () => {
    const [item] = collectionItems(index, blocks, visit, 'collected', { kind: 'entity', id: 'park-jin', surface: 'Park Jin' });
    expect(item).toEqual({
      source: 'collected',
      kind: 'entity',
      id: 'park-jin',
      name: 'Park Jin',
      type: 'person',
      surface: 'Park Jin',
      sentence: 'Foreign Minister Park Jin spoke.',
      ...visit,
    });
  });

  it('collects an entity not on the page (reached from another card) under its KB name, and nothing the KB lacks', () => {
    const [item] = collectionItems(index, blocks, visit, 'collected', { kind: 'entity', id: 'seoul', surface: '' });
    expect(item).toMatchObject({ id: 'seoul', name: 'Seoul', type: 'place', surface: 'Seoul', sentence: '' });
    expect(collectionItems(index, blocks, visit, 'collected', { kind: 'event', id: 'no-such-event', surface: '' })).toEqual([]);
  });
});

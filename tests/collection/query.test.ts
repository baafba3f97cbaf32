import { describe, expect, it } from 'vitest';
import { ALL_ITEMS, queryCollection } from '../../lib/collection/query';
import { item } from './items';

const park = item({ time: 3 });
const seoul = item({ source: 'met', id: 'seoul', name: 'Seoul', type: 'place', surface: 'Seoul', title: 'A visit', time: 2 });
const nato = item({ id: 'nato', name: 'NATO', type: 'organization', surface: 'NATO', sentence: 'NATO met.', title: 'Brussels', time: 1 });

describe('queryCollection', () => {
  it('filters by source, type and words', () => {
    expect(queryCollection([park, seoul, nato], { ...ALL_ITEMS, source: 'met' })).toEqual([seoul]);
    expect(queryCollection([park, seoul, nato], { ...ALL_ITEMS, type: 'organization' })).toEqual([nato]);
    expect(queryCollection([park, seoul, nato], { ...ALL_ITEMS, text: 'nato MET' })).toEqual([nato]);
  });

  it('sorts newest, oldest, by name and by page', () => {
    const all = [nato, park, seoul];
    expect(queryCollection(all, ALL_ITEMS)).toEqual([park, seoul, nato]);
    expect(queryCollection(all, { ...ALL_ITEMS, sort: 'oldest' })).toEqual([nato, seoul, park]);
    expect(queryCollection(all, { ...ALL_ITEMS, sort: 'name' }).map((i) => i.name)).toEqual(['NATO', 'Park Jin', 'Seoul']);
    expect(queryCollection(all, { ...ALL_ITEMS, sort: 'page' }).map((i) => i.title)).toEqual(['A visit', 'Brussels', 'Talks in Seoul']);
  });
});

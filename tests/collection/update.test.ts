import { describe, expect, it } from 'vitest';
import { itemKey } from '../../lib/collection/item';
import { addItems, removeItems } from '../../lib/collection/update';
import { item } from './items';

describe('addItems', () => {
  it('keeps one item per source, entity and page, with its first time', () => {
    const first = item({ time: 1000 });
    const again = item({ time: 2000, surface: 'Park Jin' });
    expect(addItems([first], [again])).toEqual([first]);
    const otherPage = item({ time: 3000, url: 'https://news.example/other' });
    expect(addItems([first], [otherPage])).toEqual([otherPage, first]);
  });

  it('keeps at most maxMet met items, dropping the oldest, and never drops collected ones', () => {
    const met = [1, 2, 3, 4].map((t) => item({ source: 'met', id: `e${t}`, time: t }));
    const collected = item({ time: 0 });
    const kept = addItems([collected, ...met.slice(0, 2)], met.slice(2), 2);
    expect(kept.map((i) => `${i.source}:${i.id}`)).toEqual(['met:e4', 'met:e3', 'collected:park-jin']);
  });
});

describe('removeItems', () => {
  it('removes exactly the items with the given keys', () => {
    const a = item();
    const b = item({ source: 'met' });
    expect(removeItems([a, b], [itemKey(b)])).toEqual([a]);
  });
});

describe('addItems with nothing new', () => {
  it('gives back the very array, so nothing is written', () => {
    const items = [item()];
    expect(addItems(items, [item({ time: 99 })])).toBe(items);
  });
});

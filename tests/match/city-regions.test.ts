/** A city's name a page writes as its region's links to the region, or to the city's name where the KB holds no such region (lib/nlp/city-regions.ts). */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../lib/match/annotate';
import { entity, smallKb } from './small-kb';

const linked = (entities: Parameters<typeof smallKb>[0], text: string) =>
  annotate(smallKb(entities), text).mentions.map((m) => `${m.text}:${m.entity?.id ?? '-'}`);

// Original sentences written for these tests.
describe('a city’s name written with a noun of its region', () => {
  const izmir = entity('izmir', 'Izmir');
  it('links to the region the KB holds, and the name alone to the city', () => {
    const province = entity('izmir-governorate', 'Izmir Governorate', 'place', ['Izmir Province']);
    expect(linked([izmir, province], 'Storms flooded Izmir province, then reached Izmir.')).toEqual(['Izmir:izmir-governorate', 'Izmir:izmir']);
  });

  it('links to the city’s name alone in a KB holding no such region', () => {
    expect(linked([izmir], 'Storms flooded the province of Izmir.')).toEqual(['Izmir:izmir']);
  });
});

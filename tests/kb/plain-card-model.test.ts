import { describe, expect, it } from 'vitest';
import { toCardModel } from '../../lib/kb/card-model';
import { castOf } from '../../lib/kb/cast';
import { toTimelineModel } from '../../lib/kb/event-timeline';
import { createKbIndex } from '../../lib/kb/kb-index';
import { plainCardModel } from '../../lib/kb/plain-card-model';
import { bundledKb } from './bundled-kb';

describe('plainCardModel', () => {
  it('keeps one background line, dated events before articles, and at most two articles of one sentence', async () => {
    const index = createKbIndex(await bundledKb());
    const card = toCardModel(index, 'antony-blinken', { url: null, text: '' }, '2024-03-01');
    if (!card) throw new Error('no card');
    const full = { ...card, timeline: toTimelineModel(index, 'antony-blinken') };
    const plain = plainCardModel(full);
    expect(plain.background).toBe(card.lead?.text);
    expect(plain.background).toBe('United States Secretary of State');
    expect(plain.background).toBeTruthy();
    expect(plain.keyDates.length).toBeGreaterThan(0);
    expect(plain.keyDates.length).toBeLessThanOrEqual(3);
    const kinds = plain.keyDates.map((d) => d.kind);
    expect(kinds.indexOf('article') === -1 || kinds.lastIndexOf('event') < kinds.indexOf('article')).toBe(true);
    expect(kinds[0]).toBe('event');
    expect(card.coverage.length).toBeGreaterThan(2);
    expect(plain.coverage).toHaveLength(2);
    expect(plain.coverage.every((c) => c.sentences.length === 1)).toBe(true);
    expect(plain.coverage[0]?.doc).toBe(card.coverage[0]?.doc);
  });

  it('has no background line and no dates for an entity the corpus says little about', () => {
    const plain = plainCardModel({
      id: 'x',
      name: 'X',
      type: 'place',
      asOf: '2024-03-01',
      lead: null,
      roles: [],
      related: [],
      coverage: [],
      kbDate: null,
      timeline: null,
    });
    expect(plain).toMatchObject({ background: null, keyDates: [], coverage: [] });
  });
});

describe('castOf', () => {
  it('gives each entity and event in the given order with its lead line, leaving out unknown ids', async () => {
    const index = createKbIndex(await bundledKb());
    const cast = castOf(
      index,
      [
        { kind: 'entity', id: 'park-jin' },
        { kind: 'entity', id: 'no-such-entity' },
        { kind: 'event', id: 'north-korea-supplies-munitions-to-russia' },
        { kind: 'entity', id: 'seoul' },
      ],
      '2024-03-01',
    );
    expect(cast).toEqual([
      { kind: 'entity', id: 'park-jin', name: 'Park Jin', type: 'person', line: 'Foreign Minister of South Korea' },
      { kind: 'event', id: 'north-korea-supplies-munitions-to-russia', name: 'North Korea supplies munitions to Russia', type: 'event', line: '2023-11-09' },
      { kind: 'entity', id: 'seoul', name: 'Seoul', type: 'place', line: null },
    ]);
  });
});

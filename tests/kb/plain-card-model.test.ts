import { describe, expect, it } from 'vitest';
import { toCardModel } from '../../lib/kb/card-model';
import { castOf } from '../../lib/kb/cast';
import { toTimelineModel } from '../../lib/kb/event-timeline';
import { createKbIndex } from '../../lib/kb/kb-index';
import { toMentionTimeline } from '../../lib/kb/mention-timeline';
import { plainCardModel } from '../../lib/kb/plain-card-model';
import { bundledKb } from './bundled-kb';

describe('plainCardModel', () => {
  it('keeps one background line, the key events as dates, and at most two articles of one sentence', async () => {
    const index = createKbIndex(await bundledKb());
    const card = toCardModel(index, 'antony-blinken', { url: null, text: '' }, '2024-03-01');
    if (!card) throw new Error('no card');
    const timeline = toTimelineModel(index, 'antony-blinken');
    const full = { ...card, timeline: timeline && toMentionTimeline(index, timeline, card.asOf) };
    const plain = plainCardModel(full);
    expect(plain.background).toBe(card.lead?.text);
    expect(plain.background).toBe('United States Secretary of State');
    expect(plain.background).toBeTruthy();
    expect(plain.keyDates.length).toBeGreaterThan(0);
    expect(plain.keyDates.length).toBeLessThanOrEqual(3);
    expect(plain.keyDates.map((d) => d.id)).toEqual(full.timeline?.keyEvents.slice(0, 3).map((e) => e.id));
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
      moreCoverage: null,
      coverageTotal: 0,
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

/** Clustering tellings into happenings within a kind's window of days, and chaining happenings into storylines. */
import { describe, expect, it } from 'vitest';
import { clusterEvents, sameEvent } from '../../lib/kb/event-cluster';
import type { EventObservation } from '../../lib/kb/event-observe';
import { STORYLINE_GAP_DAYS, storylineRoots } from '../../lib/kb/event-storyline';
import { EVENT_KINDS } from '../../lib/nlp/event-kinds';

const told = (date: string | null, doc: string, roles: Partial<EventObservation> = {}): EventObservation => ({
  kind: 'meet',
  visit: true,
  agents: ['kim'],
  targets: ['china'],
  places: [],
  others: [],
  objects: [],
  date,
  start: 0,
  end: 1,
  doc,
  sentence: doc,
  ...roles,
});

const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const docsOf = (clusters: ReturnType<typeof clusterEvents>) => clusters.map((c) => c.clauses.map((o) => o.doc));

describe('clusterEvents', () => {
  const window = EVENT_KINDS.meet.windowDays;

  it("joins tellings within the kind's window and starts a new event after it", () => {
    const clusters = clusterEvents([told('2018-03-26', 'a'), told(addDays('2018-03-26', window), 'b'), told(addDays('2018-03-26', window + 1), 'c')]);
    expect(docsOf(clusters)).toEqual([['a', 'b'], ['c']]);
    expect(clusters.map((c) => [c.first, c.last])).toEqual([
      ['2018-03-26', addDays('2018-03-26', window)],
      [addDays('2018-03-26', window + 1), addDays('2018-03-26', window + 1)],
    ]);
  });

  it('keeps attacks on one place two days apart apart: an attack is told the day it happened or the day after', () => {
    const attack = { kind: 'attack' as const, visit: false, agents: ['russia'], targets: ['kharkiv'] };
    const clusters = clusterEvents([told('2031-05-05', 'a', attack), told('2031-05-06', 'b', attack), told('2031-05-08', 'c', attack)]);
    expect(docsOf(clusters)).toEqual([['a', 'b'], ['c']]);
  });

  it('reads tellings in date order, whatever the corpus order, and puts undated ones with the first event that fits', () => {
    const clusters = clusterEvents([told('2019-01-08', 'late'), told(null, 'undated'), told('2018-03-26', 'early')]);
    expect(docsOf(clusters)).toEqual([['early', 'undated'], ['late']]);
  });

  it('keeps other actors and other directions apart, even on the same day', () => {
    const clusters = clusterEvents([
      told('2020-01-01', 'a', { kind: 'supply', agents: ['nk'], targets: ['ru'] }),
      told('2020-01-01', 'b', { kind: 'supply', agents: ['ru'], targets: ['nk'] }),
    ]);
    expect(clusters).toHaveLength(2);
  });
});

describe('sameEvent', () => {
  it('keeps strikes on one party in two places apart, and joins them when a telling names no place', () => {
    const roles = (places: string[]) => ({ agents: ['iran'], targets: ['us'], places });
    expect(sameEvent(roles(['kuwait-city']), roles(['al-udeid']), 'attack')).toBe(false);
    expect(sameEvent(roles(['kuwait-city']), roles(['kuwait-city']), 'attack')).toBe(true);
    expect(sameEvent(roles(['kuwait-city']), roles([]), 'attack')).toBe(true);
  });
});

describe('storylineRoots', () => {
  it('chains events that agree on their roles while each follows the last within the gap', () => {
    const start = '2018-03-26';
    const second = addDays(start, STORYLINE_GAP_DAYS);
    const far = addDays(second, STORYLINE_GAP_DAYS + 30);
    const clusters = clusterEvents([told(start, 'a'), told(second, 'b'), told(far, 'c'), told(second, 'd', { agents: ['moon'] })]);
    expect(docsOf(clusters)).toEqual([['a'], ['b'], ['d'], ['c']]);
    expect(storylineRoots(clusters)).toEqual([0, 0, 2, 3]);
  });
});

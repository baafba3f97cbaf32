import { describe, expect, it } from 'vitest';
import { toTimelineModel } from '../../lib/kb/event-timeline';
import { createKbIndex } from '../../lib/kb/kb-index';
import { hasChart, toMentionTimeline } from '../../lib/kb/mention-timeline';
import type { Kb } from '../../lib/kb/schema';
import { entityKb } from './one-entity-kb';

function chartOf(kb: Kb, asOf: string) {
  const index = createKbIndex(kb);
  const timeline = toTimelineModel(index, 'e');
  if (!timeline) throw new Error('no timeline');
  return toMentionTimeline(index, timeline, asOf);
}

describe('toMentionTimeline', () => {
  it('counts articles per year over every year of the span, with the peak and the page date placed', () => {
    const t = chartOf(entityKb(['2003-05-01', '2005-02-01', '2005-09-09', '2008-01-01', '2008-06-01', '2008-12-01', null]), '2005-07-01');
    expect(t.unit).toBe('year');
    expect(t.bins).toEqual([
      { period: '2003', count: 1 },
      { period: '2004', count: 0 },
      { period: '2005', count: 2 },
      { period: '2006', count: 0 },
      { period: '2007', count: 0 },
      { period: '2008', count: 3 },
    ]);
    expect(t).toMatchObject({ peak: '2008', articles: 6, first: '2003-05-01', last: '2008-12-01', undated: { articles: 1, events: 0 } });
    // July 2005: the middle of the third of six years.
    expect(t.asOfAt).toBeCloseTo((2 + 6.5 / 12) / 6, 5);
    expect(hasChart(t)).toBe(true);
  });

  it('counts months when the articles span under two years, and leaves out a page date outside the chart', () => {
    const t = chartOf(entityKb(['2017-03-05', '2017-03-20', '2017-06-01']), '2024-01-01');
    expect(t.unit).toBe('month');
    expect(t.bins.map((b) => [b.period, b.count])).toEqual([
      ['2017-03', 2],
      ['2017-04', 0],
      ['2017-05', 0],
      ['2017-06', 1],
    ]);
    expect(t.peak).toBe('2017-03');
    expect(t.asOfAt).toBeNull();
  });

  it('keeps the best-covered dated events, oldest first, and counts the rest', () => {
    const events = [
      { id: 'a', date: '2004-01-01', docs: 1 },
      { id: 'b', date: '2006-01-01', docs: 9 },
      { id: 'c', date: '2003-06-01', docs: 5 },
      { id: 'd', date: '2007-01-01', docs: 2 },
      { id: 'e', date: '2008-06-01', docs: 7 },
    ];
    const t = chartOf(entityKb(['2003-01-01', '2008-12-31'], events), '2005-01-01');
    expect(t.keyEvents.map((e) => [e.id, e.docs])).toEqual([
      ['c', 5],
      ['b', 9],
      ['e', 7],
    ]);
    expect(t.keyEvents[1]?.at).toBeCloseTo((3 + 0.5 / 12) / 6, 5);
    expect(t.moreEvents).toBe(2);
  });

  it('spans the events too: one before the first article is drawn where it happened', () => {
    const t = chartOf(entityKb(['2005-01-01', '2006-12-01'], [{ id: 'early', date: '2001-07-01', docs: 3 }]), '2006-01-01');
    expect(t.bins.map((b) => b.period)).toEqual(['2001', '2002', '2003', '2004', '2005', '2006']);
    expect(t.bins.map((b) => b.count)).toEqual([0, 0, 0, 0, 1, 1]);
    expect(t.keyEvents[0]?.at).toBeCloseTo(6.5 / 12 / 6, 5);
  });

  it('draws no chart from one article or from articles of one period', () => {
    expect(hasChart(chartOf(entityKb(['2011-04-02']), '2011-04-02'))).toBe(false);
    const oneMonth = chartOf(entityKb(['2011-04-02', '2011-04-20']), '2011-04-02');
    expect(oneMonth.bins).toEqual([{ period: '2011-04', count: 2 }]);
    expect(hasChart(oneMonth)).toBe(false);
    expect(chartOf(entityKb([null]), '2011-04-02')).toMatchObject({ bins: [], peak: null, asOfAt: null, articles: 0 });
  });
});

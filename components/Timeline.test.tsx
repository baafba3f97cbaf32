// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Timeline } from '~/components/Timeline';
import type { MentionTimeline } from '~/lib/kb/mention-timeline';

const model: MentionTimeline = {
  first: '2003-05-01',
  last: '2008-12-01',
  unit: 'year',
  bins: [
    { period: '2003', count: 1 },
    { period: '2004', count: 0 },
    { period: '2005', count: 2 },
    { period: '2006', count: 0 },
    { period: '2007', count: 0 },
    { period: '2008', count: 5 },
  ],
  peak: '2008',
  articles: 8,
  asOfAt: 0.4,
  keyEvents: [
    { id: 'summit', label: 'E meets F in Geneva', date: '2005-06-01', docs: 4, at: 0.4 },
    { id: 'vote', label: 'E wins the vote', date: '2008-03-01', docs: 6, at: 0.85 },
  ],
  moreEvents: 3,
  undated: { events: 0, articles: 2 },
};

afterEach(cleanup);

describe('Timeline', () => {
  it('draws mentions per period with a text alternative, the page date and the key events as numbered points', () => {
    const { container } = render(<Timeline model={model} asOf="2005-10-15" />);
    const chart = screen.getByRole('img', { name: 'Mentioned in 8 dated articles, 2003–2008, most in 2008; this page: 15 Oct 2005.' });
    const bars = [...chart.querySelectorAll('rect.bar')];
    expect(bars).toHaveLength(3);
    // the tallest bar is the peak year's, the others in proportion
    const heights = bars.map((b) => Number(b.getAttribute('height')));
    expect(heights[2]).toBeGreaterThan(heights[1] ?? 0);
    expect((heights[1] ?? 0) / (heights[2] ?? 1)).toBeCloseTo(2 / 5, 1);
    expect(chart.querySelector('.page-date line')?.getAttribute('x1')).toBe((0.4 * 348).toFixed(1));
    expect([...chart.querySelectorAll('.event-point text')].map((t) => t.textContent)).toEqual(['1', '2']);
    expect(screen.getByText('8 dated articles, 2003–2008, most in 2008')).toBeTruthy();
    expect([...container.querySelectorAll('.timeline-events li')].map((li) => li.textContent)).toEqual([
      '1 Jun 2005 E meets F in Geneva',
      '1 Mar 2008 E wins the vote',
    ]);
    expect(screen.getByText('3 more events · 2 undated')).toBeTruthy();
  });

  it('opens a key event when given a callback', () => {
    const open = vi.fn();
    render(<Timeline model={model} asOf="2005-10-15" onOpenEvent={open} />);
    fireEvent.click(screen.getByRole('button', { name: 'E wins the vote' }));
    expect(open).toHaveBeenCalledWith('vote', 'E wins the vote');
  });

  it('draws no chart for a name seen in one period: its dates in words', () => {
    const oneMonth = { ...model, first: '2011-04-02', last: '2011-04-20', unit: 'month' as const, bins: [{ period: '2011-04', count: 2 }], keyEvents: [] };
    render(<Timeline model={oneMonth} asOf="2011-04-02" />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByText('First seen 2 Apr 2011 · last seen 20 Apr 2011')).toBeTruthy();
    cleanup();
    render(<Timeline model={{ ...oneMonth, first: null, last: null, bins: [], peak: null, articles: 0 }} asOf="2011-04-02" />);
    expect(screen.getByText('The corpus gives no dates for it.')).toBeTruthy();
  });
});

// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Timeline } from '~/components/Timeline';
import type { TimelineModel } from '~/lib/kb/event-timeline';

const model: TimelineModel = {
  entityId: 'north-korea',
  first: '2023-11-01',
  last: '2023-11-11',
  items: [
    { date: '2023-11-01', kind: 'article', id: 'a.txt', label: 'Freight at the border', source: 'Harbor Wire', position: 0 },
    {
      date: '2023-11-06',
      kind: 'event',
      id: 'north-korea-supplies-munitions-to-russia',
      label: 'North Korea supplies munitions to Russia',
      source: null,
      position: 0.5,
    },
    { date: '2023-11-11', kind: 'article', id: 'b.txt', label: 'Talks in Seoul', source: null, position: 1 },
  ],
  undated: { events: 1, articles: 2 },
};

afterEach(cleanup);

describe('Timeline', () => {
  it('shows first and last seen, a dot per dated item, and the events by date', () => {
    const { container } = render(<Timeline model={model} />);
    expect(screen.getByText('First seen 1 Nov 2023 · last seen 11 Nov 2023')).toBeTruthy();
    const dots = [...container.querySelectorAll<HTMLElement>('.timeline-dot')];
    expect(dots.map((d) => [d.className, d.style.left])).toEqual([
      ['timeline-dot timeline-article', '0.0%'],
      ['timeline-dot timeline-event', '50.0%'],
      ['timeline-dot timeline-article', '100.0%'],
    ]);
    expect(screen.getByRole('listitem').textContent).toBe('6 Nov 2023 North Korea supplies munitions to Russia');
    expect(screen.getByText('2 dated articles · 3 undated')).toBeTruthy();
  });

  it('opens an event from the list when given a callback', () => {
    const open = vi.fn();
    render(<Timeline model={model} onOpenEvent={open} />);
    fireEvent.click(screen.getByRole('button', { name: 'North Korea supplies munitions to Russia' }));
    expect(open).toHaveBeenCalledWith('north-korea-supplies-munitions-to-russia', 'North Korea supplies munitions to Russia');
  });

  it('says when the corpus sees it on one day only, or never with a date', () => {
    render(<Timeline model={{ ...model, first: '2023-11-09', last: '2023-11-09', items: [] }} />);
    expect(screen.getByText('Seen on 9 Nov 2023')).toBeTruthy();
    cleanup();
    render(<Timeline model={{ ...model, first: null, last: null, items: [] }} />);
    expect(screen.getByText('The corpus gives no dates for it.')).toBeTruthy();
  });
});

// @vitest-environment happy-dom
/**
 * The card's trail across both kinds of card: an event sentence opens the event card, a
 * participant pushes its entity card, a timeline event pushes that event's card, and Back
 * returns. Loaders stand in for the background.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../testing-library-timeout';
import { CardRoot, type CardRootProps } from '~/entrypoints/content/CardRoot';
import type { CardLoaders } from '~/entrypoints/content/card-loaders';
import type { CollectionControls } from '~/entrypoints/content/collection-controls';
import type { EventCardModel } from '~/lib/kb/event-card-model';
import type { EntityCardData } from '~/lib/messages';

const event = (id: string, label: string): EventCardModel => ({
  id,
  label,
  kind: 'supply',
  date: '2023-11-09',
  place: null,
  participants: [{ id: 'russia', name: 'Russia', type: 'place', role: 'target' }],
  coverage: [],
  articleCount: 1,
  storyline: { before: null, after: null },
  kbDate: '2023-11-09',
});

const russia: EntityCardData = {
  id: 'russia',
  name: 'Russia',
  type: 'place',
  asOf: '2023-11-09',
  lead: { text: 'A country', first: '2023-11-09', last: '2023-11-09' },
  roles: [
    { text: 'A country', docs: 1, first: '2023-11-09', last: '2023-11-09', later: false, source: 'Wire', date: '2023-11-09', title: 'T', sentence: 'S.' },
  ],
  related: [],
  coverage: [],
  moreCoverage: null,
  coverageTotal: 0,
  timeline: {
    first: '2023-11-09',
    last: '2023-11-09',
    unit: 'month',
    bins: [],
    peak: null,
    articles: 0,
    asOfAt: null,
    keyEvents: [{ id: 'russia-attacks-kyiv', label: 'Russia attacks Kyiv', date: '2023-11-09', docs: 1, at: 0.5 }],
    moreEvents: 0,
    undated: { events: 0, articles: 0 },
  },
  kbDate: '2023-11-09',
};

const loaders = (): CardLoaders => ({
  entity: vi.fn(async (id: string) => (id === 'russia' ? russia : null)),
  event: vi.fn(async (id: string) => event(id, id === 'russia-attacks-kyiv' ? 'Russia attacks Kyiv' : 'North Korea supplies munitions to Russia')),
  moreCoverage: vi.fn(async () => []),
});

/** A collection kept in a Set, standing in for the background's. */
const memoryCollection = (): CollectionControls & { keys: Set<string> } => {
  const keys = new Set<string>();
  return {
    keys,
    isCollected: async ({ kind, id }) => keys.has(`${kind}:${id}`),
    setCollected: async ({ kind, id }, on) => {
      if (on) keys.add(`${kind}:${id}`);
      else keys.delete(`${kind}:${id}`);
      return on;
    },
  };
};

/** Renders a card root opening on the munitions event, in standard mode, with `props` changed. */
const renderRoot = (props: Partial<CardRootProps>) =>
  render(
    <CardRoot
      entry={{ kind: 'event', id: 'munitions', label: 'North Korea supplies munitions to Russia' }}
      scheme="light"
      initiallyPinned={false}
      mode="standard"
      load={loaders()}
      collection={memoryCollection()}
      openArticle={() => undefined}
      host="example.com"
      onCorrect={async () => undefined}
      onPinned={() => undefined}
      onClose={() => undefined}
      {...props}
    />,
  );

const heading = () => document.querySelector('h2')?.textContent;

afterEach(cleanup);

describe('CardRoot', () => {
  it('opens on an event, follows a participant and a timeline event, and goes back', async () => {
    const load = loaders();
    const onPinned = vi.fn();
    renderRoot({ load, onPinned });
    // The label from the page's annotation shows while the card loads.
    expect(screen.getByText('Looking up “North Korea supplies munitions to Russia”…')).toBeTruthy();
    await screen.findByText('Who was involved');
    expect(load.event).toHaveBeenCalledWith('munitions');

    fireEvent.click(screen.getByRole('button', { name: 'Russia' }));
    await screen.findByText('Timeline');
    expect(heading()).toBe('Russia');
    expect(onPinned).toHaveBeenLastCalledWith(true);

    fireEvent.click(screen.getByRole('button', { name: 'Russia attacks Kyiv' }));
    await waitFor(() => expect(heading()).toBe('Russia attacks Kyiv'));
    expect(document.querySelector('.event-card')).not.toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(heading()).toBe('Russia'));
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(heading()).toBe('North Korea supplies munitions to Russia'));
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
  });

  it('collects what each step of the trail shows, apart from pinning', async () => {
    const collection = memoryCollection();
    const onPinned = vi.fn();
    renderRoot({ load: loaders(), collection, onPinned });
    fireEvent.click(await screen.findByRole('button', { name: '☆ Collect' }));
    await screen.findByRole('button', { name: '★ Collected' });
    expect([...collection.keys]).toEqual(['event:munitions']);
    expect(onPinned).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Russia' }));
    await screen.findByText('Timeline');
    // Russia is not collected: its own toggle.
    fireEvent.click(await screen.findByRole('button', { name: '☆ Collect' }));
    await screen.findByRole('button', { name: '★ Collected' });
    fireEvent.click(screen.getByRole('button', { name: '★ Collected' }));
    await screen.findByRole('button', { name: '☆ Collect' });
    expect([...collection.keys]).toEqual(['event:munitions']);
  });

  it('shows the plain card in plain mode: one background line and key dates', async () => {
    renderRoot({ entry: { kind: 'entity', id: 'russia', label: 'Russia' }, mode: 'plain' });
    await screen.findByText('Key dates');
    expect(document.querySelector('.plain-line')?.textContent).toBe('A country');
    expect(screen.queryByText('Timeline')).toBeNull();
    expect(screen.getByRole('button', { name: 'Russia attacks Kyiv' })).toBeTruthy();
  });
});

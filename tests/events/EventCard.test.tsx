// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EventCard, type EventCardState } from '~/components/EventCard';
import type { EventCardModel } from '~/lib/kb/event-card-model';

const model: EventCardModel = {
  id: 'north-korea-supplies-munitions-to-russia',
  label: 'North Korea supplies munitions to Russia',
  kind: 'supply',
  date: '2023-11-09',
  place: { id: 'pyongyang', name: 'Pyongyang' },
  participants: [
    { id: 'north-korea', name: 'North Korea', type: 'place', role: 'agent' },
    { id: 'russia', name: 'Russia', type: 'place', role: 'target' },
  ],
  coverage: [
    {
      doc: 'wire.txt',
      title: 'Rail freight crosses the Tumen',
      source: 'Harbor Wire',
      date: '2023-11-08',
      url: null,
      sentences: ['Trains carried shell crates north.'],
      also: [],
    },
  ],
  articleCount: 2,
  storyline: { before: null, after: null },
  kbDate: '2023-11-09',
};

function show(state: EventCardState, onOpenEntity = vi.fn(), canGoBack = false, onBack = vi.fn()) {
  render(
    <EventCard
      state={state}
      label="North Korea supplies munitions to Russia"
      pinned={false}
      canGoBack={canGoBack}
      scheme="light"
      onOpenEntity={onOpenEntity}
      onBack={onBack}
      onTogglePin={vi.fn()}
      onClose={vi.fn()}
    />,
  );
  return onOpenEntity;
}

afterEach(cleanup);

describe('EventCard', () => {
  it('shows the summary, date, place, participants and coverage with its sentence', () => {
    show({ status: 'ready', model });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('North Korea supplies munitions to Russia');
    expect(screen.getByText('9 Nov 2023').getAttribute('datetime')).toBe('2023-11-09');
    expect(screen.getByRole('button', { name: 'Pyongyang' })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /North Korea|Russia/ }).map((b) => b.textContent)).toEqual(['North Korea', 'Russia']);
    expect(screen.getByText('Rail freight crosses the Tumen')).toBeTruthy();
    expect(screen.getByText('Trains carried shell crates north.')).toBeTruthy();
  });

  it('shows the happenings before and after it in its storyline, each opening its card', () => {
    const onOpenEvent = vi.fn();
    const storyline = {
      before: { id: 'north-korea-supplies-shells-to-russia', label: 'North Korea supplies shells to Russia', date: '2023-09-02' },
      after: null,
    };
    render(
      <EventCard
        state={{ status: 'ready', model: { ...model, storyline } }}
        label={model.label}
        pinned={false}
        canGoBack={false}
        scheme="light"
        onOpenEntity={vi.fn()}
        onOpenEvent={onOpenEvent}
        onBack={vi.fn()}
        onTogglePin={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    expect(screen.getByRole('heading', { name: 'In the same story' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'North Korea supplies shells to Russia' }));
    expect(onOpenEvent).toHaveBeenCalledWith('north-korea-supplies-shells-to-russia', 'North Korea supplies shells to Russia');
    expect(screen.queryByText('After:')).toBeNull();
  });

  it('has no storyline section for a happening that stands alone', () => {
    show({ status: 'ready', model });
    expect(screen.queryByRole('heading', { name: 'In the same story' })).toBeNull();
  });

  it('shows eight participants, the rest behind "more"', () => {
    const participants = Array.from({ length: 11 }, (_, i) => ({ id: `p${i}`, name: `Participant ${i}`, type: 'person' as const, role: 'agent' as const }));
    show({ status: 'ready', model: { ...model, participants } });
    const more = document.querySelector('details.more-participants');
    expect(more?.querySelector('summary')?.textContent).toBe('3 more');
    expect(more?.querySelectorAll('button')).toHaveLength(3);
    expect(document.querySelectorAll('[aria-labelledby="bs-event-who"] button.chip')).toHaveLength(11);
  });

  it('asks to open the entity card of a participant or the place', () => {
    const open = show({ status: 'ready', model });
    fireEvent.click(screen.getByRole('button', { name: 'Russia' }));
    fireEvent.click(screen.getByRole('button', { name: 'Pyongyang' }));
    expect(open.mock.calls).toEqual([['russia'], ['pyongyang']]);
  });

  it('goes back only when it can', () => {
    show({ status: 'ready', model });
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
    cleanup();
    const back = vi.fn();
    show({ status: 'ready', model }, vi.fn(), true, back);
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(back).toHaveBeenCalledOnce();
  });

  it('says so when no other article tells it, and leaves out date and place it does not know', () => {
    show({ status: 'ready', model: { ...model, coverage: [], date: null, place: null } });
    expect(screen.getByText('No other article in the corpus tells it.')).toBeTruthy();
    expect(document.querySelector('.facts')).toBeNull();
  });

  it('renders loading, error and empty states', () => {
    show({ status: 'loading' });
    expect(screen.getByText(/Looking up/).getAttribute('aria-busy')).toBe('true');
    cleanup();
    show({ status: 'error', message: 'the background did not answer' });
    expect(screen.getByRole('alert').textContent).toContain('the background did not answer');
    cleanup();
    show({ status: 'empty' });
    expect(screen.getByText('The knowledge base no longer has this event.')).toBeTruthy();
  });
});

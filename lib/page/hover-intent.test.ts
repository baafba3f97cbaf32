import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHoverIntent } from './hover-intent';

const DWELL = 400;
const GRACE = 300;

function setup() {
  const events: string[] = [];
  const controller = new AbortController();
  const intent = createHoverIntent<string>({
    dwellMs: DWELL,
    graceMs: GRACE,
    open: (m) => events.push(`open ${m}`),
    close: () => events.push('close'),
    signal: controller.signal,
  });
  return { intent, events, controller };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('hover intent', () => {
  it('opens the next mark the pointer rests on while the last card is closing', () => {
    const { intent, events } = setup();
    intent.overMark('a');
    vi.advanceTimersByTime(DWELL);
    intent.overMark(null);
    intent.overMark('b');
    // The pointer stays still on b: no further move reports it.
    vi.advanceTimersByTime(DWELL);
    expect(events).toEqual(['open a', 'close', 'open b']);
  });

  it('opens after the dwell, not before, and not for a pointer passing over', () => {
    const { intent, events } = setup();
    intent.overMark('a');
    vi.advanceTimersByTime(DWELL - 1);
    intent.overMark(null);
    vi.advanceTimersByTime(DWELL);
    expect(events).toEqual([]);
    intent.overMark('b');
    vi.advanceTimersByTime(DWELL);
    expect(events).toEqual(['open b']);
  });

  it('closes after the grace time off mark and card, but stays while the pointer is on the card', () => {
    const { intent, events } = setup();
    intent.overMark('a');
    vi.advanceTimersByTime(DWELL);
    intent.overMark(null);
    intent.overCard(true);
    vi.advanceTimersByTime(GRACE * 3);
    expect(events).toEqual(['open a']);
    intent.overCard(false);
    vi.advanceTimersByTime(GRACE - 1);
    expect(events).toEqual(['open a']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open a', 'close']);
  });

  it('keeps a pinned card until it is unpinned', () => {
    const { intent, events } = setup();
    intent.overMark('a');
    vi.advanceTimersByTime(DWELL);
    intent.setPinned(true);
    intent.overMark(null);
    vi.advanceTimersByTime(GRACE * 3);
    expect(events).toEqual(['open a']);
    intent.setPinned(false);
    vi.advanceTimersByTime(GRACE);
    expect(events).toEqual(['open a', 'close']);
  });

  it('reads the dwell at each hover, so a changed setting applies at once', () => {
    const events: string[] = [];
    const settings = { dwellMs: DWELL };
    const intent = createHoverIntent<string>({
      get dwellMs() {
        return settings.dwellMs;
      },
      graceMs: GRACE,
      open: (m) => events.push(`open ${m}`),
      close: () => undefined,
      signal: new AbortController().signal,
    });
    settings.dwellMs = 1000;
    intent.overMark('a');
    vi.advanceTimersByTime(DWELL);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1000 - DWELL);
    expect(events).toEqual(['open a']);
  });

  it('does nothing once aborted', () => {
    const { intent, events, controller } = setup();
    intent.overMark('a');
    controller.abort();
    vi.advanceTimersByTime(DWELL * 2);
    expect(events).toEqual([]);
  });
});

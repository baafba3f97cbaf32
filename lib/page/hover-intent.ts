/**
 * When a card opens and closes, from where the pointer is: on a mark for the dwell time opens
 * it; off both mark and card for the grace time closes it; a pinned card stays until closed.
 * One small state machine, as in Page Previews, so the timings live in one place.
 */
export interface HoverIntent<M> {
  /** The pointer is over `mark`, or over no mark (null). */
  overMark(mark: M | null): void;
  /** The pointer entered (true) or left (false) the card. */
  overCard(inside: boolean): void;
  /** The card was opened some other way (keyboard, tap, popup): it is now `mark`'s. */
  opened(mark: M): void;
  /** The card was closed some other way (Escape, its close button). */
  closed(): void;
  setPinned(pinned: boolean): void;
}

export interface HoverIntentOptions<M> {
  dwellMs: number;
  graceMs: number;
  open(mark: M): void;
  close(): void;
  /** Two values for the same mark (hit-testing returns the same object while the pointer stays on it). */
  same?(a: M, b: M): boolean;
  signal: AbortSignal;
}

export function createHoverIntent<M>(options: HoverIntentOptions<M>): HoverIntent<M> {
  const same = options.same ?? ((a: M, b: M) => a === b);
  let shown: M | null = null;
  let pending: M | null = null;
  let onCard = false;
  let pinned = false;
  let dwell: ReturnType<typeof setTimeout> | undefined;
  let grace: ReturnType<typeof setTimeout> | undefined;
  const stopTimers = () => {
    clearTimeout(dwell);
    clearTimeout(grace);
    pending = null;
  };
  const reset = () => {
    stopTimers();
    shown = null;
    onCard = false;
    pinned = false;
  };
  const maybeClose = () => {
    if (shown === null || onCard || pinned) return;
    clearTimeout(grace);
    grace = setTimeout(() => {
      // The card goes; a dwell on another mark, begun meanwhile, still runs.
      shown = null;
      onCard = false;
      pinned = false;
      options.close();
    }, options.graceMs);
  };
  options.signal.addEventListener('abort', stopTimers, { once: true });

  return {
    overMark(mark) {
      if (mark !== null && shown !== null && same(mark, shown)) {
        stopTimers();
        return;
      }
      if (mark === null) {
        clearTimeout(dwell);
        pending = null;
        maybeClose();
        return;
      }
      if (pending !== null && same(mark, pending)) return;
      clearTimeout(dwell);
      pending = mark;
      dwell = setTimeout(() => {
        stopTimers();
        shown = mark;
        options.open(mark);
      }, options.dwellMs);
      maybeClose();
    },
    overCard(inside) {
      onCard = inside;
      if (inside) stopTimers();
      else maybeClose();
    },
    opened(mark) {
      stopTimers();
      shown = mark;
    },
    closed: reset,
    setPinned(value) {
      pinned = value;
      if (pinned) clearTimeout(grace);
      else maybeClose();
    },
  };
}

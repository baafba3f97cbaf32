/**
 * Which blocks lie within a few screens of the viewport, kept up to date as the reader scrolls.
 * Backstory registers in the shared highlights only the marks of those blocks: Chromium revisits
 * every registered range whenever the highlights change, so on a page of tens of thousands of
 * words, registering all its marks as they arrived made tasks of 100 ms and more, while a few
 * screens' worth cost what a short article's marks do.
 */

/** Screens above and below the viewport whose marks are registered ahead of the reader's scrolling. */
const SCREENS_AHEAD = 2;

/** Whether `element` lies within reach of the viewport now: the observer's first report comes a frame later. */
function withinReach(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  const reach = SCREENS_AHEAD * innerHeight;
  return rect.bottom >= -reach && rect.top <= innerHeight + reach;
}

export interface NearViewport {
  /** Watches block `key`, now rendered by `element` (a re-rendered block moves to its new element). */
  watch(key: number, element: Element): void;
  /** Stops watching block `key` (gone from the page). */
  forget(key: number): void;
  isNear(key: number): boolean;
}

/** Calls `onChange` as each watched block comes within reach of the viewport or leaves it; stops when `signal` aborts. */
export function watchNearViewport(signal: AbortSignal, onChange: (key: number, near: boolean) => void): NearViewport {
  const elementOf = new Map<number, Element>();
  const keyOf = new Map<Element, number>();
  const near = new Set<number>();
  const setNear = (key: number, now: boolean) => {
    if (now === near.has(key)) return;
    if (now) near.add(key);
    else near.delete(key);
    onChange(key, now);
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const key = keyOf.get(entry.target);
        if (key !== undefined) setNear(key, entry.isIntersecting);
      }
    },
    { rootMargin: `${SCREENS_AHEAD * 100}% 0px` },
  );
  const unwatch = (key: number) => {
    const element = elementOf.get(key);
    if (!element) return;
    observer.unobserve(element);
    keyOf.delete(element);
    elementOf.delete(key);
  };
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  return {
    watch(key, element) {
      if (signal.aborted || elementOf.get(key) === element) return;
      unwatch(key);
      elementOf.set(key, element);
      keyOf.set(element, key);
      observer.observe(element);
      // Marks of a block on screen show in the same task as they are drawn, not a frame later.
      setNear(key, withinReach(element));
    },
    forget(key) {
      unwatch(key);
      near.delete(key);
    },
    isNear: (key) => near.has(key),
  };
}

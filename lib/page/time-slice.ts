import { SLICE_MS } from './constants';

/** A budget of main-thread time: `due()` once the current slice has used it, `pause()` to yield to the page and start the next. */
export interface Slicer {
  due(): boolean;
  pause(): Promise<void>;
}

/** Yields to the page: `scheduler.yield` where the browser has it (our work keeps its place in line), else a new task. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

export function createSlicer(budgetMs = SLICE_MS): Slicer {
  let start = performance.now();
  return {
    due: () => performance.now() - start >= budgetMs,
    async pause() {
      await yieldToPage();
      start = performance.now();
    },
  };
}

/** Work written as a generator that yields at safe points, so it can run at once or in slices. */
export type Resumable<T> = Generator<void, T, void>;

/** Runs `work` to the end in one go (tests, small scopes). */
export function runAtOnce<T>(work: Resumable<T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

/** Runs `work` in slices of the slicer's budget, yielding to the page between them. */
export async function runInSlices<T>(work: Resumable<T>, slicer: Slicer): Promise<T> {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
    if (slicer.due()) await slicer.pause();
  }
}

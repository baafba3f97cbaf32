/**
 * Long computations written as generators that `yield` between steps, so one caller runs them at
 * once (the command line's build) and another lets other work run between steps (the service
 * worker, which answers pages while it builds the user's KB).
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Runs the steps, awaiting `pause` between two (which may throw, to stop). */
export async function runStepsPausing<T>(steps: Steps<T>, pause: () => Promise<void>): Promise<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await pause();
  }
}

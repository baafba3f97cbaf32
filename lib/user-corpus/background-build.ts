/**
 * A value built in the background from data that changes (the user's KB from their corpus): one
 * build at a time, never waited for by readers that cannot wait (`now`), and never built for data
 * that is about to change again. Each change makes the value unknown; a build under way for older
 * data stops at its next `pause`, so a burst of changes (articles added one after another) costs
 * one build, not one each. While something holds the data (an import committing its chunks), no
 * build starts: its release starts one.
 * Pure scheduling: what a build does, and how it yields, are the caller's.
 */

/** Thrown by `pause` when the data changed since the build started: the build's result would be stale. */
export class Superseded extends Error {
  constructor() {
    super('the data changed while the build ran');
    this.name = 'Superseded';
  }
}

/** What a build gets: `pause` lets other work run, then throws Superseded if the data changed meanwhile. */
export interface BuildContext {
  pause(): Promise<void>;
}

export interface BackgroundBuild<T> {
  /** The value, when it is known for the data as it is now; undefined otherwise. */
  now(): { value: T } | undefined;
  /**
   * The value for the data as it is now, from `read` (a stored copy) when it has one and the data
   * did not change meanwhile; else undefined at once, and a build starts. Read once per change.
   */
  open(read: () => Promise<{ value: T } | undefined>): Promise<{ value: T } | undefined>;
  /** Starts a build unless the value is known, one is under way, or the data is held. */
  want(): void;
  /** The value for the data as it is when the promise settles: waits for builds (through changes) until one finishes. */
  built(): Promise<T>;
  /** The data changed: the value is unknown, and a build starts (unless the data is held). */
  changed(): void;
  /** `key` holds the data (an import committing): no build starts until it is released (a build then if it changed meanwhile). */
  hold(key: string): void;
  release(key: string): void;
}

/**
 * `build` computes the value for the data as it is when it starts; `yieldNow` lets other work run
 * (by default a macrotask: the worker answers messages there); `onError` hears a build that failed
 * (the next `want` or `built` tries again).
 */
export function createBackgroundBuild<T>(
  build: (context: BuildContext) => Promise<T>,
  { yieldNow = () => new Promise<void>((next) => setTimeout(next, 0)), onError = (_error: unknown) => {} } = {},
): BackgroundBuild<T> {
  let generation = 0;
  let known: { generation: number; value: T } | undefined;
  let running: { generation: number; done: Promise<void> } | undefined;
  let opening: { generation: number; done: Promise<{ value: T } | undefined> } | undefined;
  const holds = new Set<string>();
  /** Whether a build was due while the data was held (it changed, or the value was asked for): the release starts it. */
  let pending = false;
  let waiters: { resolve(value: T): void; reject(error: unknown): void }[] = [];

  const settle = () => {
    if (!known || known.generation !== generation) return;
    const value = known.value;
    for (const w of waiters.splice(0)) w.resolve(value);
  };

  const start = () => {
    if (known?.generation === generation || running?.generation === generation) return;
    if (holds.size) {
      pending = true;
      return;
    }
    const mine = generation;
    const pause = async () => {
      await yieldNow();
      if (generation !== mine) throw new Superseded();
    };
    const done = (async () => {
      // A build under way for older data stops at its next pause; this one starts after it.
      await running?.done;
      if (generation !== mine) return;
      try {
        const value = await build({ pause });
        if (generation !== mine) return;
        known = { generation: mine, value };
        settle();
      } catch (error) {
        if (error instanceof Superseded || generation !== mine) return;
        onError(error);
        const failed = waiters;
        waiters = [];
        for (const w of failed) w.reject(error);
      }
    })();
    running = { generation: mine, done };
    void done.then(() => {
      if (running?.generation === mine) running = undefined;
    });
  };

  return {
    now: () => (known?.generation === generation ? { value: known.value } : undefined),
    open(read) {
      const ready = this.now();
      if (ready) return Promise.resolve(ready);
      if (opening?.generation !== generation) {
        const mine = generation;
        const done = read().then(
          (copy) => {
            if (copy && generation === mine && known?.generation !== mine) {
              known = { generation: mine, value: copy.value };
              settle();
            }
            const ready = this.now();
            if (!ready) start();
            return ready;
          },
          (error: unknown) => {
            // A copy that cannot be read is none: the value is built again.
            onError(error);
            start();
            return undefined;
          },
        );
        opening = { generation: mine, done };
      }
      return opening.done;
    },
    want: start,
    built() {
      const ready = this.now();
      if (ready) return Promise.resolve(ready.value);
      const waiting = new Promise<T>((resolve, reject) => waiters.push({ resolve, reject }));
      start();
      return waiting;
    },
    changed() {
      generation++;
      start();
    },
    hold(key) {
      holds.add(key);
    },
    release(key) {
      if (!holds.delete(key) || holds.size || !pending) return;
      pending = false;
      start();
    },
  };
}

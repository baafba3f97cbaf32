import { describe, expect, it } from 'vitest';
import { type BuildContext, createBackgroundBuild } from '../../lib/user-corpus/background-build';

/** Data that changes, and a build of it that counts its steps: it reads the data, pausing `steps` times. */
function setup(steps = 3) {
  const data = { version: 0 };
  const runs = { started: 0, finished: 0 };
  const build = createBackgroundBuild(async ({ pause }: BuildContext) => {
    runs.started++;
    const seen = data.version;
    for (let i = 0; i < steps; i++) await pause();
    runs.finished++;
    return `built from ${seen}`;
  });
  const change = () => {
    data.version++;
    build.changed();
  };
  return { data, runs, build, change };
}

const tick = () => new Promise((next) => setTimeout(next, 0));

describe('a value built in the background', () => {
  it('is unknown until built, and built once however many ask', async () => {
    const { runs, build } = setup();
    expect(build.now()).toBeUndefined();
    const [a, b] = await Promise.all([build.built(), build.built()]);
    expect([a, b]).toEqual(['built from 0', 'built from 0']);
    expect(build.now()).toEqual({ value: 'built from 0' });
    expect(runs).toEqual({ started: 1, finished: 1 });
  });

  it('builds a burst of changes once: a build under way for older data stops at its next pause', async () => {
    const { runs, build, change } = setup(5);
    const waiting = build.built();
    await tick();
    change();
    await tick();
    change();
    change();
    expect(await waiting).toBe('built from 3');
    // The first two stopped at a pause; the third, started by the last change, finished.
    expect(runs.finished).toBe(1);
    expect(runs.started).toBeLessThanOrEqual(3);
  });

  it('starts no build while the data is held, and one when it is released', async () => {
    const { runs, build, change } = setup();
    build.hold('import');
    change();
    change();
    const waiting = build.built();
    await tick();
    await tick();
    expect(runs.started).toBe(0);
    build.release('import');
    expect(await waiting).toBe('built from 2');
    expect(runs).toEqual({ started: 1, finished: 1 });
  });

  it('starts nothing when released with no change made nor value asked for while held, and builds one asked for then', async () => {
    const { runs, build } = setup();
    build.hold('import');
    build.release('import');
    await tick();
    expect(runs.started).toBe(0);
    build.hold('resumed imports');
    expect(await build.open(async () => undefined)).toBeUndefined();
    await tick();
    expect(runs.started).toBe(0);
    build.release('resumed imports');
    expect(await build.built()).toBe('built from 0');
    expect(runs.started).toBe(1);
  });

  it('takes a stored copy instead of building, and builds when there is none', async () => {
    const { runs, build, change } = setup();
    expect(await build.open(async () => ({ value: 'stored' }))).toEqual({ value: 'stored' });
    expect(build.now()).toEqual({ value: 'stored' });
    expect(runs.started).toBe(0);
    // After a change the copy is read again (once); none now: undefined at once, and a build starts.
    build.hold('x');
    change();
    build.release('x');
    expect(await build.open(async () => undefined)).toBeUndefined();
    expect(await build.built()).toBe('built from 1');
  });

  it('drops a copy read while the data changed: it is of the data before', async () => {
    const { build, change } = setup();
    let readDone: (copy: { value: string }) => void = () => undefined;
    const reading = build.open(() => new Promise((resolve) => (readDone = resolve)));
    change();
    readDone({ value: 'stale copy' });
    expect(await reading).toBeUndefined();
    expect(await build.built()).toBe('built from 1');
  });

  it('passes a failed build to whoever waits, and tries again at the next ask', async () => {
    const errors: unknown[] = [];
    let fail = true;
    const build = createBackgroundBuild(
      async () => {
        if (fail) throw new Error('disk gone');
        return 'ok';
      },
      { onError: (e) => errors.push(e) },
    );
    await expect(build.built()).rejects.toThrow('disk gone');
    expect(errors).toHaveLength(1);
    fail = false;
    expect(await build.built()).toBe('ok');
  });
});

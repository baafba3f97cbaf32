/** Summary statistics for benchmark samples: a median resists the noise of a shared machine. */
export function median(samples: readonly number[]): number {
  if (!samples.length) throw new Error('median of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Runs `fn` `runs` times after one warm-up run and returns each run's milliseconds. */
export async function timeRuns(runs: number, fn: () => unknown): Promise<number[]> {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

/**
 * Times `a` then `b` on each input in turn, after one warm-up of each on the first input (which
 * is not measured): a change in the machine's load hits both alike. Returns each one's milliseconds.
 */
export async function timePaired<T>(inputs: readonly T[], a: (input: T) => unknown, b: (input: T) => unknown): Promise<[number[], number[]]> {
  const [first, ...rest] = inputs;
  if (first === undefined) throw new Error('no inputs to time');
  await a(first);
  await b(first);
  const times: [number[], number[]] = [[], []];
  for (const input of rest) {
    for (const [i, fn] of [a, b].entries()) {
      const start = performance.now();
      await fn(input);
      times[i]?.push(performance.now() - start);
    }
  }
  return times;
}

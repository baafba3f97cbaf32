/**
 * The settings every fuzz property runs with. CI runs one fixed seed, so the suite is stable
 * and a failure replays exactly; fast-check prints the seed and path of any failure.
 * Replay or explore locally: `FUZZ_SEED=1234 npx vitest run tests/fuzz` (`FUZZ_SEED=random`
 * for a fresh seed), and `FUZZ_RUNS=10` to multiply every property's runs.
 */
import type { Parameters } from 'fast-check';

const DEFAULT_SEED = 20261123;

function seedOfThisRun(): number {
  const asked = process.env.FUZZ_SEED;
  if (asked === 'random') return Math.floor(Math.random() * 2 ** 31);
  return asked ? Number(asked) : DEFAULT_SEED;
}

/** Chosen once per test process, so every property of a run reports the same seed. */
export const FUZZ_SEED = seedOfThisRun();

const runsFactor = Number(process.env.FUZZ_RUNS ?? 1);

/**
 * fast-check parameters: this run's seed and `numRuns` (times FUZZ_RUNS), tuned per property
 * so the whole fuzz suite stays under 30 s on the project's 2-core machine.
 */
export function fuzzParams<T>(numRuns: number): Parameters<T> {
  return { seed: FUZZ_SEED, numRuns: Math.max(1, Math.round(numRuns * runsFactor)) };
}

/**
 * The bound on one generated input's run: hundreds of times what any takes here, even the first
 * (compiling) one on a loaded machine, so only a hang or a blow-up crosses it. Speed is `npm run
 * bench`'s to measure.
 */
export const INPUT_HANG_GUARD_MS = 2000;

/** Runs `work` and returns how long it took, in ms. */
export function timed(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

import { configDefaults, defineConfig } from 'vitest/config';

/** Over a minute each: run by their own script (`npm run test:firefox-pages`), not by `npm test`. */
const SLOW = ['tests/e2e/firefox-real-pages.test.ts'];

/** Browser tests: real Chromium driven by playwright-core, one at a time (2 cores), with time to build and launch. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    exclude: [...configDefaults.exclude, ...(process.env.SLOW_E2E ? [] : SLOW)],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // A condition waited for with expect.poll: vitest's default gives up after 1 s, which a loaded
    // machine outruns (a card over a worker busy reading the page). A hang guard, not a speed.
    expect: { poll: { timeout: 15_000 } },
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
  },
});

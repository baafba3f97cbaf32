import { defineConfig } from 'vitest/config';

/** Browser tests: real Chromium driven by playwright-core, one at a time (2 cores), with time to build and launch. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
  },
});

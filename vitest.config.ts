import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** Unit tests: pure logic in node, components in happy-dom. Browser tests have their own config (tests/e2e). */
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['lib/**/*.test.ts', 'tests/**/*.test.{ts,tsx}', 'components/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    // A hang guard for every unit test (vitest's default, 5 s, is near what the slowest take on a
    // loaded 2-core machine). Speed is measured by `npm run bench`, never asserted here.
    testTimeout: 60_000,
  },
});

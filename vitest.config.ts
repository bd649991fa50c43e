import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The browser-test harness's own modules are unit-tested too (e2e/engines/).
    include: ['src/**/*.test.ts', 'e2e/**/*.test.ts'],
    environment: 'node',
    // The property tests run thousands of cases: on two busy cores they need more than 5 s.
    testTimeout: 30_000,
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // The property tests run thousands of cases: on two busy cores they need more than 5 s.
    testTimeout: 30_000,
  },
});

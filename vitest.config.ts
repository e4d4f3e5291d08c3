import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Exploring every path of a real story takes seconds on a 2-core machine; this is a hang guard, not a speed test.
    testTimeout: 60_000,
  },
});

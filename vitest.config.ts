import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Exploring every story and starting the workshop server twice take tens of seconds on a
    // loaded 2-core machine; this is a hang guard, not a speed test.
    testTimeout: 180_000,
  },
});

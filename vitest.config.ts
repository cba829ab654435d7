import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'shared/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'electron/**/*.test.ts',
      'cli/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 30000,
    // Property tests and fake-indexeddb are CPU-bound; two forks suit the two-core machines.
    pool: 'forks',
    maxWorkers: 2,
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Each file gets its own database; PGlite's start-up makes the first test of a file slower.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});

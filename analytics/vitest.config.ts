import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Each file loads its fixture into a real DuckDB file; the native addon is safest in forks.
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});

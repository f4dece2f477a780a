import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // Integration tests share one real Neo4j; files run in parallel, but not too many on 2 cores.
    maxWorkers: 2,
  },
});

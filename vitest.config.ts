import { defineConfig } from 'vitest/config';

/**
 * Two projects: unit tests run in parallel; integration tests (`*.int.test.ts`) share one real
 * Neo4j (started by tests/setup/neo4j.ts unless NEO4J_URI is set) and run one file at a time.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.int.test.ts', 'tests/**/*.e2e.test.ts', 'node_modules/**'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/**/*.int.test.ts', 'tests/**/*.e2e.test.ts'],
          fileParallelism: false,
          globalSetup: ['tests/setup/neo4j.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});

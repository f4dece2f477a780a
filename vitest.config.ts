import { defineConfig } from 'vitest/config';

/**
 * Four projects, run in this order by `npm test` (`sequence.groupOrder`):
 * - unit: in parallel;
 * - accuracy: claimgraph extract on the annotated dev sets of ../shared/data, against the
 *   committed floors of tests/accuracy/baseline.json (one file, its extractions in parallel);
 * - integration (`*.int.test.ts`, `*.e2e.test.ts`): one real Neo4j (started by
 *   tests/setup/neo4j.ts unless NEO4J_URI is set) and Chromium, one file at a time;
 * - slow (`*.slow.test.ts`): the heavy cases (huge inputs, Neo4j killed mid-ingest), last.
 *   `npm run test:fast` runs the other three.
 * Tests that need Neo4j are tagged `neo4j`, the accuracy floors `shared-data`; outside CI they
 * are skipped where those are missing, and tests/setup/skip-summary.ts counts them in the last
 * line of the run. Under CI=true nothing is skipped.
 */
export default defineConfig({
  test: {
    tags: [
      { name: 'neo4j', description: 'needs a Neo4j (Java 17+ and Maven for the local one, or NEO4J_URI)' },
      { name: 'shared-data', description: 'needs the annotated data of ../shared/data' },
    ],
    reporters: ['default', './tests/setup/skip-summary.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.int.test.ts', 'tests/**/*.e2e.test.ts', 'tests/**/*.slow.test.ts', 'tests/accuracy/**', 'node_modules/**'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'accuracy',
          include: ['tests/accuracy/**/*.test.ts'],
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/**/*.int.test.ts', 'tests/**/*.e2e.test.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 2 },
          globalSetup: ['tests/setup/neo4j.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'slow',
          include: ['tests/**/*.slow.test.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 3 },
          globalSetup: ['tests/setup/neo4j.ts'],
          testTimeout: 600_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});

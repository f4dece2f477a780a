/**
 * Neo4j for integration tests (`*.int.test.ts`, `*.e2e.test.ts`).
 *
 * tests/setup/neo4j.ts (the integration project's globalSetup) starts or finds the Neo4j and
 * hands it over in two ways, both reliable: vitest's `inject('neo4j')` (used here), and
 * NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD in process.env, inherited by the test workers and
 * any `claimgraph` subprocess a test spawns, so `resolveTarget(process.env, cwd)` finds it too.
 *
 * Integration files run one at a time and share the database: each file may (and should) call
 * `clearDatabase()` at its start. Use `describeNeo4j` instead of `describe` so a machine without
 * Java skips the file (loudly, outside CI; under CI=true the setup fails the run instead).
 *
 * ```ts
 * describeNeo4j('ingest', () => {
 *   beforeAll(async () => { await clearDatabase(); });
 *   it('loads', async () => {
 *     const { driver, database } = await testNeo4j();
 *     const { records } = await driver.executeQuery('MATCH (n) RETURN count(n) AS n', {}, { database });
 *   });
 * });
 * ```
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, describe, inject } from 'vitest';
import { closeAllDrivers, openDriver, type Neo4jTarget } from '../../src/graph/connection.js';

/** The Neo4j of this test run, or undefined when none is available (outside CI only). */
export function neo4jTarget(): Neo4jTarget | undefined {
  return inject('neo4j') ?? undefined;
}

/**
 * `describe` for tests that need Neo4j: tagged `neo4j` (counted in the run's last line when
 * skipped, see tests/setup/skip-summary.ts), and skipped when no Neo4j is available.
 */
export function describeNeo4j(name: string, body: () => void): void {
  (inject('neo4j') ? describe : describe.skip)(name, { tags: ['neo4j'] }, body);
}

// Test files are isolated modules, so this registers once per file that imports the helper:
// every driver the file opened through openDriver is closed after it.
afterAll(closeAllDrivers);

/**
 * The driver (the process's one for this target, closed after the file) and database of the
 * test Neo4j. Throws when no Neo4j is available, naming why.
 */
export async function testNeo4j(): Promise<{ driver: Driver; database: string | undefined; target: Neo4jTarget }> {
  const target = neo4jTarget();
  if (!target) throw new Error(`no Neo4j for integration tests: ${inject('neo4jUnavailable')}`);
  return { driver: await openDriver(target), database: target.database, target };
}

/**
 * Empty the test database: every node and relationship, and (unless `keepSchema`) every
 * constraint and index except Neo4j's built-in lookup indexes.
 */
export async function clearDatabase(opts: { keepSchema?: boolean } = {}): Promise<void> {
  const { driver, database } = await testNeo4j();
  const session = driver.session({ database });
  try {
    // Auto-commit, so CALL … IN TRANSACTIONS can batch a large graph.
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    if (opts.keepSchema) return;
    const constraints = await session.run('SHOW CONSTRAINTS YIELD name RETURN name');
    for (const r of constraints.records) await session.run(`DROP CONSTRAINT \`${r.get('name') as string}\` IF EXISTS`);
    const indexes = await session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name");
    for (const r of indexes.records) await session.run(`DROP INDEX \`${r.get('name') as string}\` IF EXISTS`);
  } finally {
    await session.close();
  }
}

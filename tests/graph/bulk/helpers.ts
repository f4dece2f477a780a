import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe } from 'vitest';
import { bulkLoad } from '../../../src/graph/bulk/index.js';
import { ingestSnapshot } from '../../../src/graph/ingest/index.js';
import { localNeo4jStatus, serverLayout } from '../../../src/graph/local/index.js';
import { readServerSettings } from '../../../src/graph/local/settings.js';
import { snapshotToGraph } from '../../../src/graph/model.js';
import type { Snapshot } from '../../../src/snapshot/schema.js';
import { ROOT } from '../../helpers/cli.js';
import { neo4jTarget, testNeo4j } from '../../helpers/neo4j.js';
import { graphState } from '../helpers.js';

/*
 * The bulk first load against the tests' own local server, which it stops and starts again: it
 * needs that server (not NEO4J_URI). Every bulk load restarts it (about 20 s on an idle 2-core
 * machine, a minute on a loaded one).
 */

const target = neo4jTarget();
const testDir = resolve(ROOT, process.env.CLAIMGRAPH_HOME || '.claimgraph/test');
// A second project's setup (slow after integration) finds NEO4J_URI set by the first, and calls
// the server remote: the server is the local one when its saved settings name the same URI.
const settings = target ? await readServerSettings(serverLayout(testDir)).catch(() => undefined) : undefined;

/** The data directory of the tests' local server (as tests/setup/neo4j.ts chooses it), or undefined for another Neo4j. */
export const dataDir = target && (target.local || settings?.uri === target.uri) ? testDir : undefined;

/** `describe`, tagged neo4j, skipped without the tests' local server. */
export function describeLocal(name: string, body: () => void): void {
  (dataDir ? describe : describe.skip)(name, { tags: ['neo4j'] }, body);
}

/** The CLI's environment for the local server (the tests' own NEO4J_URI unset). */
export const LOCAL_ENV = { NEO4J_URI: '', CLAIMGRAPH_HOME: dataDir ?? '' };

/** A bulk load restarts the server: on a loaded machine that alone can take a minute. */
export const SLOW = 600_000;

export async function serverPid(): Promise<number | undefined> {
  return (await localNeo4jStatus(dataDir!)).pid;
}

/**
 * The test setup stops, at the end, the server it started, which it knows by pid: a bulk load
 * restarts that server, so its new pid is written where the setup looks (tests/setup/neo4j.ts).
 */
export async function afterRestart(before: number | undefined): Promise<void> {
  const marker = join(serverLayout(dataDir!).run, 'started-by-test-setup');
  const marked = Number(await readFile(marker, 'utf8').catch(() => ''));
  const now = await serverPid();
  if (before !== undefined && marked === before && now !== undefined) await writeFile(marker, `${now}\n`);
}

/** Bulk load a snapshot into the tests' server (empty). */
export async function bulk(snapshot: Snapshot): Promise<void> {
  const before = await serverPid();
  const { target } = await testNeo4j();
  try {
    // dataDir is set only for the tests' own local server, whichever project's setup named it.
    await bulkLoad(snapshotToGraph(snapshot), [...new Set(snapshot.relations.map((r) => r.type))], { dataDir: dataDir!, env: process.env, target: { ...target, local: true } });
  } finally {
    await afterRestart(before);
  }
}

/** Load a snapshot in transactions. */
export async function transactional(snapshot: Snapshot): Promise<void> {
  const { driver, database } = await testNeo4j();
  await ingestSnapshot(driver, snapshot, { database });
}

/** Every node and relationship with its properties, and the schema (names, kinds, what they index). */
export async function everything() {
  const { driver, database } = await testNeo4j();
  const indexes = await driver.executeQuery(
    "SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, state WHERE type <> 'LOOKUP' RETURN name, type, entityType, labelsOrTypes, properties, state ORDER BY name",
    {},
    { database },
  );
  const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties ORDER BY name', {}, { database });
  return { ...(await graphState(driver, database)), indexes: indexes.records.map((r) => r.toObject()), constraints: constraints.records.map((r) => r.toObject()) };
}

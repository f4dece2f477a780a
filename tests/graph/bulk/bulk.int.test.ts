import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copiesFor, multiplySnapshot } from '../../../src/bench/ingest-corpus.js';
import { bulkLoad } from '../../../src/graph/bulk/index.js';
import { ingestSnapshot } from '../../../src/graph/ingest/index.js';
import { localNeo4jStatus, serverLayout } from '../../../src/graph/local/index.js';
import { graphCounts, snapshotToGraph } from '../../../src/graph/model.js';
import { readSnapshot } from '../../../src/snapshot/read.js';
import type { Snapshot } from '../../../src/snapshot/schema.js';
import { ROOT, runCli } from '../../helpers/cli.js';
import { clearDatabase, neo4jTarget, testNeo4j } from '../../helpers/neo4j.js';
import { plain } from '../../../src/graph/queries/values.js';
import { databaseCounts, graphState, seedSnapshot, sortKeys } from '../helpers.js';

/*
 * The bulk first load against the tests' own local server, which it stops and starts again: it
 * needs that server (not NEO4J_URI). Every bulk load restarts it, so these tests cost about 20 s
 * each on an idle 2-core machine; the BBC-sized comparison about a minute.
 */
const dataDir = neo4jTarget()?.local ? resolve(ROOT, process.env.CLAIMGRAPH_HOME || '.claimgraph/test') : undefined;
const describeLocal = dataDir ? describe : describe.skip;
/** The CLI's environment for the local server (the tests' own NEO4J_URI unset). */
const LOCAL_ENV = { NEO4J_URI: '', CLAIMGRAPH_HOME: dataDir ?? '' };
/** A bulk load restarts the server: on a loaded machine that alone can take a minute. */
const SLOW = 600_000;

let seed: Snapshot;
let stance: Snapshot;
let dir: string;

/**
 * The test setup stops, at the end, the server it started, which it knows by pid: a bulk load
 * restarts that server, so its new pid is written where the setup looks (tests/setup/neo4j.ts).
 */
async function afterRestart(before: number | undefined): Promise<void> {
  const marker = join(serverLayout(dataDir!).run, 'started-by-test-setup');
  const marked = Number(await readFile(marker, 'utf8').catch(() => ''));
  const now = (await localNeo4jStatus(dataDir!)).pid;
  if (before !== undefined && marked === before && now !== undefined) await writeFile(marker, `${now}\n`);
}

async function pid(): Promise<number | undefined> {
  return (await localNeo4jStatus(dataDir!)).pid;
}

async function bulk(snapshot: Snapshot): Promise<void> {
  const before = await pid();
  const { target } = await testNeo4j();
  try {
    await bulkLoad(snapshotToGraph(snapshot), [...new Set(snapshot.relations.map((r) => r.type))], { dataDir: dataDir!, env: process.env, target });
  } finally {
    await afterRestart(before);
  }
}

async function transactional(snapshot: Snapshot): Promise<void> {
  const { driver, database } = await testNeo4j();
  await ingestSnapshot(driver, snapshot, { database });
}

/** Every node and relationship with its properties, and the schema (names, kinds, what they index). */
async function everything() {
  const { driver, database } = await testNeo4j();
  const schema = await driver.executeQuery(
    "SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, state WHERE type <> 'LOOKUP' RETURN name, type, entityType, labelsOrTypes, properties, state ORDER BY name",
    {},
    { database },
  );
  const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties ORDER BY name', {}, { database });
  return { ...(await graphState(driver, database)), indexes: schema.records.map((r) => r.toObject()), constraints: constraints.records.map((r) => r.toObject()) };
}

/** One merged snapshot: the seed articles, and the stance fixture with its claim. */
function seedAndStance(): Snapshot {
  return {
    ...seed,
    documents: [...seed.documents, ...stance.documents],
    entities: [...seed.entities, ...stance.entities],
    statements: [...seed.statements, ...stance.statements],
    relations: [...seed.relations, ...stance.relations],
    claims: stance.claims,
  };
}

describeLocal('bulk first load (neo4j-admin import into the local server)', () => {
  beforeAll(async () => {
    seed = await seedSnapshot();
    stance = await readSnapshot(join(import.meta.dirname, '..', 'fixtures', 'stance.snapshot.json'));
    dir = await mkdtemp(join(tmpdir(), 'claimgraph-bulk-'));
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('--bulk refuses a database that is not empty, and changes nothing (not even a restart)', async () => {
    await clearDatabase();
    await transactional(stance);
    const before = await everything();
    const server = await pid();
    const file = join(dir, 'stance.json');
    await writeFile(file, JSON.stringify(stance));
    const r = await runCli(['ingest', file, '--bulk'], { env: LOCAL_ENV });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^claimgraph ingest: bulk load: database 'neo4j' is not empty \(\d+ nodes\); a bulk load only fills an empty database, so nothing was changed/m);
    expect(await pid()).toBe(server);
    expect(await everything()).toEqual(before);
  });

  it('--bulk refuses a Neo4j claimgraph does not manage (NEO4J_URI)', async () => {
    const file = join(dir, 'stance.json');
    const r = await runCli(['ingest', file, '--bulk'], { env: { NEO4J_URI: neo4jTarget()!.uri } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--bulk loads only into the local Neo4j claimgraph manages, and NEO4J_URI is set/);
  });

  it('gives the graph the transactional path gives: seed articles, stance and claims, schema included', async () => {
    const snapshot = seedAndStance();
    await clearDatabase();
    await transactional(snapshot);
    const inTransactions = await everything();
    await clearDatabase();
    await bulk(snapshot);
    expect(await everything()).toEqual(inTransactions);
  }, SLOW);

  it('gives the same graph for a BBC-sized snapshot: counts per label and type, every property of a sample', async () => {
    const one = snapshotToGraph(seed);
    const big = multiplySnapshot(seed, copiesFor(one.nodes.length + one.edges.length, seed.entities.length, 92_000));
    const expected = graphCounts(snapshotToGraph(big));
    // A sample: the nodes and relationships of every 97th document, and every entity.
    const sampleDocs = big.documents.filter((_, i) => i % 97 === 0).map((d) => d.id);
    const sample = async () => {
      const { driver, database } = await testNeo4j();
      const nodes = await driver.executeQuery(
        'MATCH (d:Document) WHERE d.id IN $docs OPTIONAL MATCH (d)<-[r]-(x) WITH d, r, x ORDER BY type(r), x.id RETURN d {.*} AS d, collect([type(r), properties(r), labels(x), properties(x)]) AS around ORDER BY d.id',
        { docs: sampleDocs },
        { database },
      );
      const entities = await driver.executeQuery('MATCH (e:Entity) RETURN labels(e) AS l, properties(e) AS p ORDER BY e.id', {}, { database });
      return JSON.stringify(sortKeys(plain([nodes.records.map((r) => r.toObject()), entities.records.map((r) => r.toObject())])));
    };
    const counts = async () => {
      const { driver, database } = await testNeo4j();
      return databaseCounts(driver, database);
    };
    await clearDatabase();
    await transactional(big);
    expect(await counts()).toEqual(expected);
    const inTransactions = await sample();
    await clearDatabase();
    await bulk(big);
    expect(await counts()).toEqual(expected);
    expect(await sample()).toEqual(inTransactions);
    const graph = snapshotToGraph(big);
    expect(graph.nodes.length + graph.edges.length).toBeGreaterThan(85_000);
  }, SLOW);

  it('interrupted during the import, leaves the database as it was (empty) and says how to retry', async () => {
    await clearDatabase();
    const file = join(dir, 'big.json');
    await writeFile(file, JSON.stringify(multiplySnapshot(seed, 100)));
    const before = await pid();
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'claimgraph.js'), 'ingest', file, '--bulk'], { cwd: ROOT, env: { ...process.env, ...LOCAL_ENV }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    const code = await new Promise<number | null>((done) => {
      child.stderr.on('data', (d) => {
        stderr += d;
        if (/importing with neo4j-admin/.test(stderr) && !child.killed) child.kill('SIGINT');
      });
      child.on('close', done);
    });
    await afterRestart(before);
    expect(code).toBe(1);
    expect(stderr).toMatch(/bulk load interrupted; the database is as it was \(empty\): run the ingest again to load it/);
    const { driver, database } = await testNeo4j();
    expect(await databaseCounts(driver, database)).toEqual({ labels: {}, types: {} });
    // Nothing of the import is left behind.
    expect((await import('node:fs')).readdirSync(join(serverLayout(dataDir!).home, 'bulk')).filter((n) => n.startsWith('import-'))).toEqual([]);
  }, SLOW);
});

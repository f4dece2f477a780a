import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { multiplySnapshot } from '../../../src/bench/ingest-corpus.js';
import { serverLayout } from '../../../src/graph/local/index.js';
import { readSnapshot } from '../../../src/snapshot/read.js';
import type { Snapshot } from '../../../src/snapshot/schema.js';
import { ROOT, runCli } from '../../helpers/cli.js';
import { clearDatabase, neo4jTarget, testNeo4j } from '../../helpers/neo4j.js';
import { databaseCounts, seedSnapshot } from '../helpers.js';
import { afterRestart, bulk, dataDir, describeLocal, everything, LOCAL_ENV, serverPid, SLOW, transactional } from './helpers.js';

/* The bulk first load: what it refuses, the graph it gives, an interruption. The BBC-sized comparison is bulk.slow.test.ts. */

let seed: Snapshot;
let stance: Snapshot;
let dir: string;

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
    const server = await serverPid();
    const file = join(dir, 'stance.json');
    await writeFile(file, JSON.stringify(stance));
    const r = await runCli(['ingest', file, '--bulk'], { env: LOCAL_ENV });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^claimgraph ingest: bulk load: database 'neo4j' is not empty \(\d+ nodes\); a bulk load only fills an empty database, so nothing was changed/m);
    expect(await serverPid()).toBe(server);
    expect(await everything()).toEqual(before);
  });

  it('--bulk refuses a Neo4j claimgraph does not manage (NEO4J_URI)', async () => {
    const file = join(dir, 'stance.json');
    await writeFile(file, JSON.stringify(stance));
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

  it('interrupted during the import, leaves the database as it was (empty) and says how to retry', async () => {
    await clearDatabase();
    const file = join(dir, 'big.json');
    await writeFile(file, JSON.stringify(multiplySnapshot(seed, 100)));
    const before = await serverPid();
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
    expect(readdirSync(join(serverLayout(dataDir!).home, 'bulk')).filter((n) => n.startsWith('import-'))).toEqual([]);
  }, SLOW);
});

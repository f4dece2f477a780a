import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { closeAllDrivers, openDriver, type Neo4jTarget } from '../../src/graph/connection.js';
import { ingestSnapshot, IngestError } from '../../src/graph/ingest/index.js';
import { startLocalNeo4j, stopLocalNeo4j } from '../../src/graph/local/index.js';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { runCli } from '../helpers/cli.js';
import { describeNeo4j } from '../helpers/neo4j.js';

/**
 * Faults of the graph side, on a Neo4j of this file's own (so killing it harms no other test):
 * Neo4j killed in the middle of an ingest, then started again and the ingest re-run, must give
 * the graph a clean ingest gives; and the CLI's one-line errors for a server that is down, a
 * wrong password and an unknown database.
 */

const BOLT = 7791;
const HTTP = 7491;
let dir: string;
let target: Neo4jTarget;

/** A synthetic but valid snapshot, large enough that an ingest in small batches takes a while. */
function bigSnapshot(docs: number): Snapshot {
  const text = '“We will win,” Haniyeh told Velayati about Iran.';
  const snapshot: Snapshot = { format: 'claimgraph-snapshot', version: 1, createdAt: new Date(0).toISOString(), documents: [], entities: [], statements: [], relations: [] };
  const people = Array.from({ length: 200 }, (_, i) => ({ id: `person:p${i}`, type: 'Person' as const, name: `Person ${i}`, aliases: [], mentions: [] as Snapshot['entities'][number]['mentions'] }));
  snapshot.entities.push(...people);
  for (let d = 0; d < docs; d++) {
    const docId = `doc-${d}.txt`;
    snapshot.documents.push({ id: docId, title: `Document ${d}`, length: text.length });
    for (let k = 0; k < 5; k++) {
      const speaker = people[(d + k) % people.length]!;
      const about = people[(d * 7 + k + 1) % people.length]!;
      speaker.mentions.push({ docId, start: 15, end: 22, text: 'Haniyeh' });
      snapshot.statements.push({
        id: `st:${docId}:${k}`,
        docId,
        kind: 'direct',
        content: 'We will win,',
        start: 1,
        end: 13,
        cue: { text: 'told', start: 23, end: 27 },
        speaker: { entityId: speaker.id, text: 'Haniyeh', start: 15, end: 22 },
        addressee: { entityId: about.id, text: 'Velayati', start: 28, end: 36 },
        about: [about.id],
        confidence: 0.9,
      });
    }
  }
  return snapshot;
}

/** Everything that identifies the graph: counts by label and type, and that no id is doubled. */
async function fingerprint(driver: Driver) {
  const q = async (cypher: string) => (await driver.executeQuery(cypher)).records.map((r) => r.toObject());
  return {
    labels: await q('MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label'),
    types: await q('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type'),
    doubled: await q('MATCH (n) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN count(*) AS n'),
  };
}

async function clear(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    // Auto-commit: CALL … IN TRANSACTIONS cannot run inside an explicit transaction.
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

describeNeo4j('Neo4j faults', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimgraph-faults-'));
    const started = await startLocalNeo4j({ dir, boltPort: BOLT, httpPort: HTTP });
    target = { uri: started.uri, username: started.username, password: started.password, local: true };
  });

  afterAll(async () => {
    await closeAllDrivers();
    await stopLocalNeo4j(dir).catch(() => undefined);
  });

  it('completes the graph after Neo4j is killed mid-ingest, with nothing doubled or lost', async () => {
    const snapshot = bigSnapshot(800);
    let driver = await openDriver(target);
    const pid = (await startLocalNeo4j({ dir, boltPort: BOLT, httpPort: HTTP })).pid;
    let killed = false;
    const interrupted = ingestSnapshot(driver, snapshot, {
      batchSize: 100,
      concurrency: 1,
      onProgress: (done, total) => {
        if (!killed && done > total / 4) {
          killed = true;
          process.kill(pid, 'SIGKILL');
        }
      },
    });
    const error = await interrupted.then(() => undefined, (err: unknown) => err);
    expect(killed).toBe(true);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as Error).message).toMatch(/re-run the ingest/);
    expect((error as Error).message).not.toContain('\n');
    await driver.close();
    await closeAllDrivers();

    await startLocalNeo4j({ dir, boltPort: BOLT, httpPort: HTTP });
    driver = await openDriver(target);
    await ingestSnapshot(driver, snapshot, { batchSize: 1000 });
    const recovered = await fingerprint(driver);

    await clear(driver);
    await ingestSnapshot(driver, snapshot, { batchSize: 1000 });
    const clean = await fingerprint(driver);
    expect(recovered).toEqual(clean);
    expect(clean.doubled).toEqual([{ n: expect.objectContaining({ low: 0 }) }]);
  }, 600_000);

  it.each([
    ['a server that is down', { NEO4J_URI: 'bolt://127.0.0.1:7799', NEO4J_PASSWORD: 'whatever-secret' }, /7799/],
    ['a wrong password', () => ({ NEO4J_URI: target.uri, NEO4J_PASSWORD: 'wrong-secret-pw' }), /(password|credentials|authenticat)/i],
    ['an unknown database', () => ({ NEO4J_URI: target.uri, NEO4J_PASSWORD: target.password, NEO4J_DATABASE: 'nosuchdb' }), /nosuchdb/],
  ] as const)('ingest against %s: one line, exit 1, no password shown', async (_name, envOf, message) => {
    const env = typeof envOf === 'function' ? envOf() : envOf;
    const file = join(dir, 'small.json');
    await writeFile(file, JSON.stringify(bigSnapshot(2)));
    const { code, stderr } = await runCli(['ingest', file, '--quiet'], { env: { ...env, NEO4J_USERNAME: 'neo4j' } });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toContain(env.NEO4J_PASSWORD);
  }, 120_000);
});

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { closeAllDrivers, openDriver, type Neo4jTarget } from '../../src/graph/connection.js';
import { ingestSnapshot, IngestError } from '../../src/graph/ingest/index.js';
import { startLocalNeo4j, stopLocalNeo4j } from '../../src/graph/local/index.js';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { describeNeo4j } from '../helpers/neo4j.js';
import { freePort } from '../helpers/ports.js';

/**
 * The slow tier (vitest project `slow`): Neo4j killed in the middle of an ingest of 800
 * documents, then started again and the ingest re-run, must give the graph a clean ingest
 * gives. On a Neo4j of this file's own, on ports the kernel picks (so killing it harms no other
 * test, and two test runs on one machine do not collide).
 */

let dir: string;
let target: Neo4jTarget;
let boltPort: number;
let httpPort: number;

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

describeNeo4j('Neo4j killed mid-ingest', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimgraph-kill-'));
    boltPort = await freePort();
    httpPort = await freePort();
    const started = await startLocalNeo4j({ dir, boltPort, httpPort });
    target = { uri: started.uri, username: started.username, password: started.password, local: true };
  });

  afterAll(async () => {
    await closeAllDrivers();
    await stopLocalNeo4j(dir).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  });

  it('completes the graph after Neo4j is killed mid-ingest, with nothing doubled or lost', async () => {
    const snapshot = bigSnapshot(800);
    let driver = await openDriver(target);
    const pid = (await startLocalNeo4j({ dir, boltPort, httpPort })).pid;
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

    await startLocalNeo4j({ dir, boltPort, httpPort });
    driver = await openDriver(target);
    await ingestSnapshot(driver, snapshot, { batchSize: 1000 });
    const recovered = await fingerprint(driver);

    await clear(driver);
    await ingestSnapshot(driver, snapshot, { batchSize: 1000 });
    const clean = await fingerprint(driver);
    expect(recovered).toEqual(clean);
    expect(clean.doubled).toEqual([{ n: expect.objectContaining({ low: 0 }) }]);
  });

});

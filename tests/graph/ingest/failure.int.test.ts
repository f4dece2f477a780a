import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { IngestError, ingestSnapshot } from '../../../src/graph/ingest/index.js';
import { SnapshotSchema, type Snapshot } from '../../../src/snapshot/schema.js';
import { clearDatabase, describeNeo4j, testNeo4j } from '../../helpers/neo4j.js';
import { testGraphState } from '../helpers.js';

let tiny: Snapshot;

beforeAll(async () => {
  tiny = SnapshotSchema.parse(JSON.parse(await readFile(join(import.meta.dirname, '..', 'fixtures', 'tiny.snapshot.json'), 'utf8')));
});


describeNeo4j('a failed ingest', () => {
  beforeEach(async () => {
    await clearDatabase();
  });

  it('refuses what Neo4j would refuse before writing anything: the graph stays as it was', async () => {
    const { driver, database } = await testNeo4j();
    await ingestSnapshot(driver, tiny, { database });
    const before = await testGraphState();
    const bad: Snapshot = structuredClone(tiny);
    bad.documents.push({ id: 'c.txt', length: 10 });
    bad.entities.push({ id: 'person:new', type: 'Person', name: 'New Person', aliases: [], mentions: [{ docId: 'c.txt', start: 0, end: 3, text: 'New' }] });
    bad.relations[0]!.properties = { '': 'x' };
    const err = await ingestSnapshot(driver, bad, { database }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IngestError);
    expect((err as Error).message).toMatch(/^ingest: nothing written: relations\[0\] \(rel:a\.txt:40:AFFILIATED_WITH\)\.properties: an empty property key/);
    expect(await testGraphState()).toEqual(before);
  });

  it('that fails halfway says exactly what it left, and the graph holds that', async () => {
    const { driver, database } = await testNeo4j();
    // A rule of this database the snapshot breaks at its third document (not one of claimgraph's).
    await driver.executeQuery('CREATE CONSTRAINT failure_test_title IF NOT EXISTS FOR (d:Document) REQUIRE d.title IS UNIQUE', {}, { database });
    const snapshot: Snapshot = structuredClone(tiny);
    snapshot.documents.push({ id: 'c.txt', title: 'Talks in Tehran', length: 10 });
    const err = (await ingestSnapshot(driver, snapshot, { database, batchSize: 1, concurrency: 1 }).catch((e: unknown) => e)) as IngestError;
    expect(err).toBeInstanceOf(IngestError);
    expect(err.message).toMatch(/^ingest: writing documents failed: .*already exists with label `Document` and property `title` = 'Talks in Tehran'/);
    expect(err.message).toContain(
      "So far: the schema is in place; all 3 entities and claims are merged; 2 of 3 documents are written, each whole with its statements; the others (first 'c.txt') are not, or are as an earlier load left them; nothing stale was removed yet (re-run the ingest to complete the graph)",
    );
    const docs = await driver.executeQuery('MATCH (d:Document) OPTIONAL MATCH (d)<-[:REPORTED_IN]-(st) RETURN d.id AS id, count(st) AS statements ORDER BY id', {}, { database });
    expect(docs.records.map((r) => [r.get('id'), Number(r.get('statements'))])).toEqual([['a.txt', 2], ['b.txt', 1]]);
    await driver.executeQuery('DROP CONSTRAINT failure_test_title', {}, { database });
  });
});

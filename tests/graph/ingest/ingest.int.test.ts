import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { ingestSnapshot } from '../../../src/graph/ingest/index.js';
import { graphCounts, snapshotToGraph } from '../../../src/graph/model.js';
import { SnapshotSchema, type Snapshot } from '../../../src/snapshot/schema.js';
import { clearDatabase, describeNeo4j, testNeo4j } from '../../helpers/neo4j.js';
import { databaseCounts, graphState, seedSnapshot, shard } from '../helpers.js';

let seed: Snapshot;
let tiny: Snapshot;

beforeAll(async () => {
  seed = await seedSnapshot();
  tiny = SnapshotSchema.parse(JSON.parse(await readFile(join(import.meta.dirname, '..', 'fixtures', 'tiny.snapshot.json'), 'utf8')));
});

async function ingest(snapshot: Snapshot, batchSize?: number) {
  const { driver, database } = await testNeo4j();
  return ingestSnapshot(driver, snapshot, { database, batchSize });
}

async function state() {
  const { driver, database } = await testNeo4j();
  return graphState(driver, database);
}

describeNeo4j('ingest into Neo4j', () => {
  beforeEach(async () => {
    await clearDatabase();
  });

  it('writes as many nodes per label and relationships per type as the snapshot holds', async () => {
    expect(seed.statements.length).toBeGreaterThan(0);
    const result = await ingest(seed);
    const expected = graphCounts(snapshotToGraph(seed));
    const { driver, database } = await testNeo4j();
    expect(await databaseCounts(driver, database)).toEqual(expected);
    expect(result.nodes).toBe(seed.documents.length + seed.entities.length + seed.statements.length);
  });

  it('creates the constraints and full-text indexes, and the full-text index finds names and aliases', async () => {
    await ingest(tiny);
    const { driver, database } = await testNeo4j();
    const constraints = await driver.executeQuery("SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type WHERE type CONTAINS 'UNIQUENESS' RETURN labelsOrTypes[0] AS l", {}, { database });
    expect(constraints.records.map((r) => r.get('l')).sort()).toEqual(['AFFILIATED_WITH', 'Claim', 'Document', 'Entity', 'Organization', 'Person', 'Place', 'Statement']);
    await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database });
    const hits = await driver.executeQuery("CALL db.index.fulltext.queryNodes('entity_names', 'movement') YIELD node RETURN node.id AS id", {}, { database });
    expect(hits.records.map((r) => r.get('id'))).toEqual(['organization:hamas']);
    const said = await driver.executeQuery("CALL db.index.fulltext.queryNodes('statement_content', 'victories') YIELD node RETURN node.id AS id", {}, { database });
    expect(said.records.map((r) => r.get('id'))).toEqual(['st:a.txt:20']);
  });

  it('stores cue, speaker and addressee words as the spec says, integers as integers', async () => {
    await ingest(tiny);
    const { driver, database } = await testNeo4j();
    const { records } = await driver.executeQuery(
      `MATCH (s:Person)-[said:SAID]->(st:Statement {id: 'st:a.txt:20'})-[to:ADDRESSED_TO]->(a:Person)
       RETURN st.cue AS cue, st.cueStart AS cueStart, st.cueClass AS cueClass, said.text AS speaker, said.start AS start, to.text AS addressee, valueType(st.start) AS type, valueType(st.confidence) AS conf`,
      {},
      { database },
    );
    expect(records).toHaveLength(1);
    const r = records[0]!.toObject();
    expect({ ...r, cueStart: Number(r.cueStart), start: Number(r.start) }).toEqual({
      cue: 'told', cueStart: 16, cueClass: 'say', speaker: 'Ali Velayati', start: 0, addressee: 'Ismail Haniyeh', type: 'INTEGER NOT NULL', conf: 'FLOAT NOT NULL',
    });
  });

  it('changes nothing when the same snapshot is ingested again', async () => {
    await ingest(seed);
    const before = await state();
    const again = await ingest(seed, 7);
    expect(again.removed).toEqual({ statements: 0, links: 0, mentions: 0, relations: 0, entities: 0, claims: 0 });
    expect(await state()).toEqual(before);
  });

  it('ends in the same graph when two overlapping ingests run at once as when they run one after the other', async () => {
    const ids = seed.documents.map((d) => d.id);
    const first = shard(seed, ids.slice(0, 3));
    const second = shard(seed, ids.slice(2));
    await ingest(first);
    await ingest(second);
    const sequential = await state();
    await clearDatabase();
    // Small batches, so the two ingests interleave many transactions on the shared document.
    await Promise.all([ingest(first, 5), ingest(second, 5)]);
    const concurrent = await state();
    expect(concurrent).toEqual(sequential);
    const { driver, database } = await testNeo4j();
    const dupes = await driver.executeQuery('MATCH (n) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN count(*) AS d', {}, { database });
    expect(Number(dupes.records[0]!.get('d'))).toBe(0);
    expect(await databaseCounts(driver, database)).toEqual(graphCounts(snapshotToGraph(seed)));
  });

  it('updates a document in place: a newer snapshot leaves the graph a fresh ingest of it would', async () => {
    const newer: Snapshot = structuredClone(tiny);
    newer.statements = newer.statements.filter((s) => s.id !== 'st:a.txt:70');
    const told = newer.statements.find((s) => s.id === 'st:a.txt:20')!;
    told.addressee = null;
    told.about = [];
    told.content = 'We hope the victories continue';
    // Haniyeh is no longer found in a.txt: his entity, mentions and relation go.
    newer.entities = newer.entities.filter((e) => e.id !== 'person:ismail-haniyeh');
    newer.relations = [];
    await ingest(newer);
    const fresh = await state();
    await clearDatabase();
    await ingest(tiny);
    const result = await ingest(newer);
    expect(result.removed).toMatchObject({ statements: 1, relations: 1, mentions: 1, entities: 1 });
    expect(result.removed.links).toBe(2); // the ADDRESSED_TO and the ABOUT of st:a.txt:20
    expect(await state()).toEqual(fresh);
  });

  it('adds new documents beside loaded ones as one load of all of them would, and leaves no mark of its own', async () => {
    const ids = seed.documents.map((d) => d.id);
    await ingest(seed);
    const whole = await state();
    await clearDatabase();
    await ingest(shard(seed, ids.slice(0, 2)));
    // The first two documents are merged, the others created with what they own.
    await ingest(seed, 7);
    expect(await state()).toEqual(whole);
    const { driver, database } = await testNeo4j();
    const marked = await driver.executeQuery("MATCH (n) WHERE any(k IN keys(n) WHERE k STARTS WITH '__') RETURN count(n) AS n", {}, { database });
    expect(Number(marked.records[0]!.get('n'))).toBe(0);
  });

  it('leaves documents that are not in the snapshot alone', async () => {
    const ids = seed.documents.map((d) => d.id);
    await ingest(seed);
    const before = await state();
    await ingest(shard(seed, ids.slice(0, 1)));
    expect(await state()).toEqual(before);
  });
});

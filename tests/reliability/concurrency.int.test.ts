import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { extractCorpus } from '../../src/pipeline/extract-corpus.js';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { runCli } from '../helpers/cli.js';
import { clearDatabase, describeNeo4j, testNeo4j } from '../helpers/neo4j.js';

/**
 * Two claimgraph processes writing the same database at once end in the graph one after the
 * other gives; and `query` keeps its time limit. Both through the CLI, against the test Neo4j.
 */

let dir: string;
let first: string;
let second: string;

/** A share of the snapshot: the given documents and everything that hangs on them. */
function share(snapshot: Snapshot, docIds: Set<string>): Snapshot {
  const statements = snapshot.statements.filter((s) => docIds.has(s.docId));
  const relations = snapshot.relations.filter((r) => docIds.has(r.docId));
  const used = new Set([...statements.flatMap((s) => [s.speaker?.entityId, s.addressee?.entityId, ...s.about]), ...relations.flatMap((r) => [r.from, r.to])]);
  const entities = snapshot.entities
    .map((e) => ({ ...e, mentions: e.mentions.filter((m) => docIds.has(m.docId)) }))
    .filter((e) => e.mentions.length > 0 || used.has(e.id));
  return { ...snapshot, documents: snapshot.documents.filter((d) => docIds.has(d.id)), entities, statements, relations };
}

async function fingerprint() {
  const { driver, database } = await testNeo4j();
  const q = async (cypher: string) => (await driver.executeQuery(cypher, {}, { database })).records.map((r) => r.toObject());
  return {
    labels: await q('MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label'),
    types: await q('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type'),
    ids: await q('MATCH (n) RETURN n.id AS id ORDER BY id'),
  };
}

describeNeo4j('two processes, one database', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimgraph-concurrency-'));
    const { snapshot } = await extractCorpus(['corpus'], { workers: 1 });
    const ids = snapshot.documents.map((d) => d.id);
    // Overlapping shares: documents 0-2 and 2-4, so entities and one document are in both.
    first = join(dir, 'first.json');
    second = join(dir, 'second.json');
    await writeFile(first, JSON.stringify(share(snapshot, new Set(ids.slice(0, 3)))));
    await writeFile(second, JSON.stringify(share(snapshot, new Set(ids.slice(2)))));
  });

  it('two ingest processes at once give the graph of one after the other', async () => {
    await clearDatabase();
    const [a, b] = await Promise.all([runCli(['ingest', first, '--quiet']), runCli(['ingest', second, '--quiet'])]);
    expect([a.code, b.code], a.stderr + b.stderr).toEqual([0, 0]);
    const together = await fingerprint();

    await clearDatabase();
    for (const file of [first, second]) expect((await runCli(['ingest', file, '--quiet'])).code).toBe(0);
    const inTurn = await fingerprint();
    expect(together).toEqual(inTurn);
    expect(new Set(together.ids.map((r) => r.id)).size).toBe(together.ids.length);
  });

  it('query ends a query that runs past its time limit, with one line', async () => {
    const { code, stderr } = await runCli(['query', 'UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n', '--timeout', '1']);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/time limit of 1 s/);
  });
});

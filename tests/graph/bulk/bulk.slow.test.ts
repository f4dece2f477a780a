import { expect, it } from 'vitest';
import { copiesFor, multiplySnapshot } from '../../../src/bench/ingest-corpus.js';
import { graphCounts, snapshotToGraph } from '../../../src/graph/model.js';
import { plain } from '../../../src/graph/queries/values.js';
import { clearDatabase, testNeo4j } from '../../helpers/neo4j.js';
import { databaseCounts, seedSnapshot, sortKeys } from '../helpers.js';
import { bulk, describeLocal, SLOW, transactional } from './helpers.js';

/*
 * A BBC-sized snapshot (the seed articles again and again under new ids, ~92,000 rows) loaded in
 * transactions and bulk: the same counts per label and type, and every property of a sample.
 * About a minute and a half on an idle 2-core machine, so in the slow tier.
 */

async function counts() {
  const { driver, database } = await testNeo4j();
  return databaseCounts(driver, database);
}

/** The nodes and relationships around every 97th document, and every entity, keys sorted. */
async function sample(documents: string[]): Promise<string> {
  const { driver, database } = await testNeo4j();
  const docs = documents.filter((_, i) => i % 97 === 0);
  const around = await driver.executeQuery(
    'MATCH (d:Document) WHERE d.id IN $docs OPTIONAL MATCH (d)<-[r]-(x) WITH d, r, x ORDER BY type(r), x.id RETURN d {.*} AS d, collect([type(r), properties(r), labels(x), properties(x)]) AS around ORDER BY d.id',
    { docs },
    { database },
  );
  const entities = await driver.executeQuery('MATCH (e:Entity) RETURN labels(e) AS l, properties(e) AS p ORDER BY e.id', {}, { database });
  return JSON.stringify(sortKeys(plain([around.records.map((r) => r.toObject()), entities.records.map((r) => r.toObject())])));
}

describeLocal('bulk first load of a BBC-sized snapshot', () => {
  it('gives the same graph: counts per label and type, every property of a sample', async () => {
    const seed = await seedSnapshot();
    const one = snapshotToGraph(seed);
    const big = multiplySnapshot(seed, copiesFor(one.nodes.length + one.edges.length, seed.entities.length, 92_000));
    const graph = snapshotToGraph(big);
    expect(graph.nodes.length + graph.edges.length).toBeGreaterThan(85_000);
    const expected = graphCounts(graph);
    const ids = big.documents.map((d) => d.id);
    await clearDatabase();
    await transactional(big);
    expect(await counts()).toEqual(expected);
    const inTransactions = await sample(ids);
    await clearDatabase();
    await bulk(big);
    expect(await counts()).toEqual(expected);
    expect(await sample(ids)).toEqual(inTransactions);
  }, SLOW);
});

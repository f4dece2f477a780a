import { beforeEach, expect, it } from 'vitest';
import { ingestSnapshot } from '../../../src/graph/ingest/index.js';
import { plain } from '../../../src/graph/queries/values.js';
import type { Snapshot } from '../../../src/snapshot/schema.js';
import { clearDatabase, describeNeo4j, testNeo4j } from '../../helpers/neo4j.js';
import { testGraphState } from '../helpers.js';

/*
 * Two shares of a corpus name one organisation two ways (sentences written for the test): A
 * spells it "ClearView Economics" and also calls it "ClearView"; B spells it "Clearview
 * Economics". Loaded A then B, B then A, or both at once, the graph must be one and the same,
 * with every spelling kept.
 */
const A_TEXT = 'ClearView Economics forecast growth. ClearView said rates would fall.';
const B_TEXT = 'Analysts at Clearview Economics were more cautious.';

function share(doc: string, text: string, name: string, aliases: string[], at: number): Snapshot {
  return {
    format: 'claimgraph-snapshot',
    version: 1,
    createdAt: '2026-11-21T10:00:00.000Z',
    documents: [{ id: doc, length: text.length }],
    entities: [{ id: 'organization:clearview-economics', type: 'Organization', name, aliases, mentions: [{ docId: doc, start: at, end: at + name.length, text: name }] }],
    statements: [],
    relations: [],
  };
}

const A = share('a.txt', A_TEXT, 'ClearView Economics', ['ClearView'], 0);
const B = share('b.txt', B_TEXT, 'Clearview Economics', [], B_TEXT.indexOf('Clearview'));

async function load(...snapshots: Snapshot[]) {
  const { driver, database } = await testNeo4j();
  for (const s of snapshots) await ingestSnapshot(driver, s, { database });
}

async function entity() {
  const { driver, database } = await testNeo4j();
  const { records } = await driver.executeQuery("MATCH (e:Entity {id: 'organization:clearview-economics'}) RETURN e.name AS name, e.aliases AS aliases", {}, { database });
  return plain(records[0]!.toObject());
}


describeNeo4j('entities loaded in any order', () => {
  beforeEach(async () => {
    await clearDatabase();
  });

  it('A then B and B then A give one name, chosen the same way, and every other spelling as an alias', async () => {
    await load(A, B);
    const aThenB = await testGraphState();
    // Equal lengths: the first in code-unit order ("V" before "v").
    expect(await entity()).toEqual({ name: 'ClearView Economics', aliases: ['ClearView', 'Clearview Economics'] });
    await clearDatabase();
    await load(B, A);
    expect(await entity()).toEqual({ name: 'ClearView Economics', aliases: ['ClearView', 'Clearview Economics'] });
    expect(await testGraphState()).toEqual(aThenB);
  });

  it('both at once give the same graph', async () => {
    await load(A, B);
    const sequential = await testGraphState();
    await clearDatabase();
    const { driver, database } = await testNeo4j();
    await Promise.all([ingestSnapshot(driver, A, { database }), ingestSnapshot(driver, B, { database })]);
    expect(await testGraphState()).toEqual(sequential);
  });

  it('a longer name wins over a shorter one, whichever comes first', async () => {
    const short = share('c.txt', 'Clearview said so.', 'Clearview', [], 0);
    await load(short, A);
    expect(await entity()).toEqual({ name: 'ClearView Economics', aliases: ['ClearView', 'Clearview'] });
    await clearDatabase();
    await load(A, short);
    expect(await entity()).toEqual({ name: 'ClearView Economics', aliases: ['ClearView', 'Clearview'] });
  });
});

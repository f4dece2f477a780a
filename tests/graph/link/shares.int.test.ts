import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { beforeAll, describe, expect, it } from 'vitest';
import { assembleSnapshot, type DocumentHeader } from '../../../src/extract/assemble.js';
import { extractDocument } from '../../../src/extract/document.js';
import type { DocExtraction, SourceDocument } from '../../../src/extract/types.js';
import { ingestSnapshot } from '../../../src/graph/ingest/index.js';
import { linkGraph } from '../../../src/graph/link/index.js';
import { plain } from '../../../src/graph/queries/values.js';
import { clearDatabase, describeNeo4j, testNeo4j } from '../../helpers/neo4j.js';

/**
 * The README's scale-out recipe: a corpus extracted in four shares, each loaded into one Neo4j,
 * then `claimgraph link`, gives the graph the whole corpus extracted at once gives. The corpus is
 * a fixed part of the BBC benchmark (its politics articles: the same people across hundreds of
 * articles, many named in some only by surname), passed by path and never copied.
 */

const BBC = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'data', 'bench', 'bbc_news.jsonl');
// The politics articles keep the run short; CLAIMGRAPH_LINK_TEST_PART='bbc/' runs the whole corpus.
const PART = process.env.CLAIMGRAPH_LINK_TEST_PART ?? 'bbc/politics/';
const SHARES = 4;

const haveData = existsSync(BBC);
if (!haveData) console.warn(`\n*** ${BBC} is absent: the four-share link test is SKIPPED ***\n`);
const describeData = haveData ? describeNeo4j : (name: string, body: () => void) => describe.skip(name, body);

/** Entities (name, aliases in order, mentions), and each statement's speaker, addressee and topics. */
async function graphOf(driver: Driver, database: string | undefined) {
  const read = async (q: string) => (await driver.executeQuery(q, {}, { database })).records.map((r) => JSON.stringify(plain(r.toObject())));
  const entities = await read(`MATCH (e:Entity) OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(d:Document)
    WITH e, d, m ORDER BY d.id
    RETURN e.id AS id, labels(e) AS labels, e.name AS name, coalesce(e.aliases, []) AS aliases, collect([d.id, m.count, m.mentions]) AS mentions ORDER BY id`);
  const statements = await read(`MATCH (st:Statement) OPTIONAL MATCH (s)-[said:SAID]->(st) OPTIONAL MATCH (st)-[to:ADDRESSED_TO]->(a)
    OPTIONAL MATCH (st)-[:ABOUT]->(t) WITH st, s, said, a, to, t ORDER BY t.id
    RETURN st.id AS id, s.id AS speaker, properties(said) AS said, a.id AS addressee, collect(t.id) AS about ORDER BY id`);
  const relations = await read(`MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id AS a, type(r) AS type, b.id AS b, r.id AS id ORDER BY id, a, b`);
  return { entities, statements, relations };
}

describeData('claimgraph link after a corpus loaded in four shares', () => {
  const headers: DocumentHeader[] = [];
  const extractions: DocExtraction[] = [];
  const createdAt = new Date('2026-11-30T00:00:00.000Z');

  beforeAll(async () => {
    await clearDatabase();
    for (const line of readFileSync(BBC, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const raw = JSON.parse(line) as { docId: string; text: string };
      if (!raw.docId.startsWith(PART)) continue;
      const doc: SourceDocument = { id: raw.docId, text: raw.text };
      headers.push({ id: doc.id });
      extractions.push(extractDocument(doc));
    }
  });

  it('gives the entities, aliases, mentions, speakers and relations of the whole corpus loaded at once', async () => {
    const { driver, database } = await testNeo4j();
    expect(extractions.length).toBeGreaterThan(300);
    await ingestSnapshot(driver, assembleSnapshot(headers, extractions, createdAt), { database });
    const whole = await graphOf(driver, database);
    // The whole corpus is linked already: linking again changes nothing.
    expect(await linkGraph(driver, { database })).toMatchObject({ unitsMoved: 0, entitiesWritten: 0, entitiesRemoved: 0 });
    expect(await graphOf(driver, database)).toEqual(whole);

    await clearDatabase({ keepSchema: true });
    const size = Math.ceil(extractions.length / SHARES);
    for (let s = 0; s < SHARES; s++) {
      const range = [s * size, Math.min(extractions.length, (s + 1) * size)] as const;
      const idx = Array.from({ length: range[1] - range[0] }, (_, k) => range[0] + k);
      await ingestSnapshot(driver, assembleSnapshot(idx.map((i) => headers[i]!), idx.map((i) => extractions[i]!), createdAt), { database });
    }
    const shares = await graphOf(driver, database);
    // The shares alone give other entities: the test has cross-share merges to make.
    expect(shares.entities).not.toEqual(whole.entities);

    const linked = await linkGraph(driver, { database });
    expect(linked.unitsMoved).toBeGreaterThan(0);
    const after = await graphOf(driver, database);
    expect(after.entities).toEqual(whole.entities);
    expect(after.statements).toEqual(whole.statements);
    expect(after.relations).toEqual(whole.relations);
    expect(await linkGraph(driver, { database })).toMatchObject({ unitsMoved: 0, entitiesWritten: 0, entitiesRemoved: 0 });
  });
});

import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ingestSnapshot } from '../../src/graph/ingest/index.js';
import { readSnapshot } from '../../src/snapshot/read.js';
import { serveExplorer, type CypherResponse, type GraphResponse, type MetaResponse, type RunningExplorer, type StatementsResponse } from '../../src/viz/index.js';
import { clearDatabase, describeNeo4j, testNeo4j } from '../helpers/neo4j.js';
import { buildPage, drawnLabels, openBrowser, openExplorer, OUTPUT, waitForLayout } from './browser.js';

/** The explorer with Neo4j as its source: the same graph as the snapshot, and the read-only Cypher box. */
const FIXTURES = join(import.meta.dirname, 'fixtures');
const DOCS = [join(import.meta.dirname, '..', '..', 'corpus', '001_8c86ff3701bfb714.txt'), join(FIXTURES, 'docs')];

let server: RunningExplorer;

/** A POST as the page sends it: JSON, with the CSRF token every API answer carries. */
async function postHeaders(): Promise<Record<string, string>> {
  const token = (await fetch(`${server.url}api/meta`)).headers.get('x-claimgraph-csrf') ?? '';
  return { 'content-type': 'application/json', 'x-claimgraph-csrf': token };
}

async function cypher(query: string, extra: Record<string, unknown> = {}): Promise<{ status: number; body: CypherResponse & { error?: string } }> {
  const res = await fetch(`${server.url}api/cypher`, { method: 'POST', headers: await postHeaders(), body: JSON.stringify({ query, ...extra }) });
  return { status: res.status, body: (await res.json()) as CypherResponse & { error?: string } };
}

describeNeo4j('explorer on Neo4j', () => {
  beforeAll(async () => {
    buildPage();
    await clearDatabase();
    const { driver, database } = await testNeo4j();
    await ingestSnapshot(driver, await readSnapshot(join(FIXTURES, 'snapshot.json')), { database });
    server = await serveExplorer({ docs: DOCS, port: 0, env: process.env });
  });

  afterAll(async () => {
    await server?.close();
  });

  it('reads the same network and statements as from the snapshot', async () => {
    const meta = (await (await fetch(`${server.url}api/meta`)).json()) as MetaResponse;
    expect(meta).toMatchObject({ source: 'neo4j', cypher: true, hasTexts: true, counts: { documents: 3, entities: 14, statements: 12 } });
    const graph = (await (await fetch(`${server.url}api/graph`)).json()) as GraphResponse;
    expect(graph.edges.find((e) => e.source === 'person:ali-akbar-velayati' && e.target === 'organization:hezbollah')?.count).toBe(3);
    const st = (await (await fetch(`${server.url}api/statements?entity=person:mallory-example`)).json()) as StatementsResponse;
    expect(st.statements.map((s) => s.sentence?.text ?? '').join('\n')).toContain('<script>window.__pwned = 1</script>');
  });

  it('searches statements through Neo4j’s statement_content index too', async () => {
    const res = (await (await fetch(`${server.url}api/statements?q=defeat`)).json()) as StatementsResponse;
    expect(res.statements.slice(0, 2).map((s) => s.id).sort()).toEqual(['st:001_8c86ff3701bfb714.txt:1027', 'st:001_8c86ff3701bfb714.txt:2583']);
    const { driver, database } = await testNeo4j();
    const hits = await driver.executeQuery("CALL db.index.fulltext.queryNodes('statement_content', 'defeat') YIELD node RETURN count(node) AS n", {}, { database });
    expect(hits.records[0]!.get('n').toNumber()).toBe(2);
  });

  it('runs read queries with a row limit and returns nodes as a graph', async () => {
    const rows = await cypher('UNWIND range(1, 50) AS x RETURN x', { limit: 10 });
    expect(rows.status).toBe(200);
    expect(rows.body.rows).toHaveLength(10);
    expect(rows.body.truncated).toBe(true);
    const said = await cypher("MATCH (s:Entity {id: 'person:ali-akbar-velayati'})-[r:SAID]->(st:Statement) RETURN s, r, st");
    expect(said.body.columns).toEqual(['s', 'r', 'st']);
    expect(said.body.graph.nodes.filter((n) => n.labels.includes('Statement'))).toHaveLength(5);
    expect(said.body.graph.edges.every((e) => e.type === 'SAID')).toBe(true);
  });

  it('refuses writes (READ transaction) and reports Cypher errors; the database is unchanged', async () => {
    const { driver, database } = await testNeo4j();
    const count = async () => (await driver.executeQuery('MATCH (n) RETURN count(n) AS n', {}, { database })).records[0]!.get('n').toNumber();
    const before = await count();
    const write = await cypher("CREATE (:Entity {id: 'person:intruder'}) RETURN 1");
    expect(write.status).toBe(422);
    expect(write.body.error).toMatch(/write|read/i);
    const merge = await cypher("MATCH (n) DETACH DELETE n");
    expect(merge.status).toBe(422);
    expect(await count()).toBe(before);
    const broken = await cypher('MATCH (n RETURN n');
    expect(broken.status).toBe(422);
    for (const body of ['{"query": 1}', 'RETURN 1', '{"query": "RETURN 1", "write": true}']) {
      const malformed = await fetch(`${server.url}api/cypher`, { method: 'POST', headers: await postHeaders(), body });
      expect(malformed.status, body).toBe(400);
      expect(((await malformed.json()) as { error: string }).error).toBeTruthy();
    }
    expect(await count()).toBe(before);
  });

  it('the page shows the Cypher box; a result shows as a table and as a graph', async () => {
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await openExplorer(page, server.url);
      await page.keyboard.press('c');
      await page.fill('#cypher-input', "MATCH (s:Entity)-[r:SAID]->(st:Statement)-[a:ABOUT]->(t:Entity {id: 'organization:hezbollah'}) RETURN s, r, st, a, t");
      await page.click('#cypher-run');
      await page.waitForSelector('.cypher-table tbody tr');
      expect(await page.$$('.cypher-table tbody tr')).toHaveLength(3);
      await page.click('#cypher-as-graph');
      await page.waitForSelector('#cypher-banner:not([hidden])');
      await waitForLayout(page);
      await page.screenshot({ path: join(OUTPUT, 'neo4j-cypher.png') });
      expect(await drawnLabels(page)).toEqual(expect.arrayContaining(['Ali Akbar Velayati', 'Hezbollah']));
      expect(browser.problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

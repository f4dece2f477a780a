import { statSync, readdirSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ingestSnapshot } from '../../src/graph/ingest/index.js';
import { serverLayout } from '../../src/graph/local/paths.js';
import { readSnapshot } from '../../src/snapshot/read.js';
import { runReadCypher } from '../../src/viz/cypher.js';
import { runCypherIsolated } from '../../src/viz/cypher-isolated.js';
import { serveExplorer, type RunningExplorer } from '../../src/viz/index.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { clearDatabase, describeNeo4j, testNeo4j } from '../helpers/neo4j.js';

/**
 * Issue #16 against the real Neo4j: the Cypher box and `claimgraph query` read the graph and
 * nothing else (item 2), the box's answers are bounded (item 4), lone surrogates survive the
 * round trip through Neo4j (item 12), and the local server's files are private (item 15).
 */

const SNAPSHOT = join(ROOT, 'tests', 'viz', 'fixtures', 'snapshot.json');

let explorer: RunningExplorer;
/** A local web server that counts the requests Neo4j makes to it (it must make none). */
let web: Server;
let webHits = 0;
let webUrl: string;

async function box(query: string): Promise<{ status: number; body: { error?: string; rows?: unknown[][]; truncated?: boolean; notice?: string }; bytes: number }> {
  const res = await fetch(`${explorer.url}api/cypher`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-claimgraph-csrf': explorer.csrfToken },
    body: JSON.stringify({ query }),
  });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text), bytes: Buffer.byteLength(text) };
}

describeNeo4j('Cypher from the page and from claimgraph query reads the graph, nothing else', () => {
  beforeAll(async () => {
    await clearDatabase();
    const { driver, database } = await testNeo4j();
    await ingestSnapshot(driver, await readSnapshot(SNAPSHOT), { database });
    explorer = await serveExplorer({ port: 0, env: process.env });
    web = createServer((_req, res) => {
      webHits++;
      res.end('a,b\n1,2\n');
    });
    await new Promise<void>((done) => web.listen(0, '127.0.0.1', done));
    webUrl = `http://127.0.0.1:${(web.address() as { port: number }).port}/data.csv`;
  });

  afterAll(async () => {
    await explorer?.close();
    await new Promise<void>((done) => (web ? web.close(() => done()) : done()));
  });

  it('the box answers a read', async () => {
    const { status, body } = await box("MATCH (p:Person) RETURN p.name AS name ORDER BY name LIMIT 3");
    expect(status).toBe(200);
    expect(body.rows!.length).toBeGreaterThan(0);
  });

  it.each([
    ['SHOW TRANSACTIONS', /SHOW/],
    ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", /TERMINATE/],
    ["CALL dbms.killConnections(['bolt-1'])", /dbms\.killConnections/],
    ['CALL db.clearQueryCaches()', /db\.clearQueryCaches/],
    ['SHOW SETTINGS', /SHOW/],
    ['CALL dbms.listConfig()', /dbms\.listConfig/],
    ['SHOW INDEXES', /SHOW/],
    ["CREATE (:Entity {id: 'person:intruder'})", /writes/],
    ['CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN n', /IN TRANSACTIONS/],
  ])('the box refuses %s (422, one line)', async (query, why) => {
    const { status, body } = await box(query);
    expect(status).toBe(422);
    expect(body.error).toMatch(/^the Cypher box only reads the graph: /);
    expect(body.error).toMatch(why);
  });

  it('the box refuses LOAD CSV from a URL, and Neo4j fetches nothing', async () => {
    const { status, body } = await box(`LOAD CSV FROM '${webUrl}' AS row RETURN row`);
    expect(status).toBe(422);
    expect(body.error).toContain('LOAD CSV');
    expect(webHits).toBe(0);
  });

  it('a TERMINATE from the box leaves a running transaction alone', async () => {
    const { driver, database } = await testNeo4j();
    const session = driver.session({ database });
    const tx = session.beginTransaction();
    try {
      await tx.run("CREATE (:Scratch {id: 'ingest-in-progress'})");
      const admin = await driver.executeQuery("SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE currentQuery = '' OR currentQuery IS NULL OR NOT currentQuery STARTS WITH 'SHOW' RETURN transactionId", {}, { database });
      const ids = admin.records.map((r) => r.get('transactionId') as string);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect((await box(`TERMINATE TRANSACTIONS '${id}'`)).status).toBe(422);
      await tx.run("CREATE (:Scratch {id: 'ingest-still-running'})");
      await tx.commit();
    } finally {
      await session.close();
    }
    const count = await driver.executeQuery('MATCH (s:Scratch) RETURN count(s) AS n', {}, { database });
    expect(count.records[0]!.get('n').toNumber()).toBe(2);
    await driver.executeQuery('MATCH (s:Scratch) DELETE s', {}, { database });
  });

  it('claimgraph query: the schema without a flag, writes with --write, administration only with --admin', async () => {
    const show = await runCli(['query', 'SHOW TRANSACTIONS']);
    expect(show.code).toBe(1);
    expect(show.stderr).toBe("claimgraph query: SHOW TRANSACTIONS lists the server's state, not the graph; it runs only with --admin\n");
    expect((await runCli(['query', 'SHOW TRANSACTIONS', '--write'])).code).toBe(1);
    expect((await runCli(['query', 'CALL dbms.listConfig()', '--write'])).code).toBe(1);
    expect((await runCli(['query', 'SHOW TRANSACTIONS YIELD transactionId RETURN count(*) AS n', '--admin', '--format', 'json'])).code).toBe(0);
    const indexes = await runCli(['query', 'SHOW INDEXES YIELD name RETURN count(*) AS n', '--format', 'json']);
    expect(indexes.code, indexes.stderr).toBe(0);
    const load = await runCli(['query', `LOAD CSV FROM '${webUrl}' AS row RETURN row`]);
    expect(load.stderr).toBe('claimgraph query: LOAD CSV reads files and URLs; queries are read-only unless you give --write\n');
    expect(webHits).toBe(0);
  });

  it('the local Neo4j itself refuses LOAD CSV from any address, even with --admin', async ({ skip }) => {
    if (!(await testNeo4j()).target.local) skip('the test Neo4j is not the local server claimgraph configures');
    const load = await runCli(['query', `LOAD CSV FROM '${webUrl}' AS row RETURN row`, '--admin']);
    expect(load.code).toBe(1);
    expect(load.stderr).toContain('blocked');
    expect(webHits).toBe(0);
  });

  it('the box cuts an answer at 4 MiB and says so; the server stays light', async () => {
    const { status, body, bytes } = await box('UNWIND range(1, 2000) AS x RETURN x, range(1, 5000) AS big');
    expect(status).toBe(200);
    expect(bytes).toBeLessThan(4.5 * 1024 * 1024);
    expect(body.truncated).toBe(true);
    expect(body.rows!.length).toBeGreaterThan(10);
    expect(body.rows!.length).toBeLessThan(2000);
    expect(body.notice).toMatch(/cut after \d+ row\(s\): it would be larger than 4 MiB/);
    const small = await box('UNWIND range(1, 2000) AS x RETURN x');
    expect(small.body.rows).toHaveLength(2000);
    expect(small.body.notice).toBeUndefined();
  });

  it('a query past its time limit is stopped by Neo4j, and answered as such', async () => {
    const { driver, database } = await testNeo4j();
    const started = Date.now();
    await expect(runReadCypher(driver, database, 'UNWIND range(1, 1000000000) AS x WITH x WHERE x = -1 RETURN x', {}, { maxRows: 10, timeoutMs: 1000 })).rejects.toThrow(/ran longer than 1 s/);
    // Neo4j's limit or this server's wall clock (1 s + 2 s), whichever comes first; never the whole scan.
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('one huge record (ten million values) ends the box\'s worker, not the server: its thread stays free', async () => {
    const { target } = await testNeo4j();
    let longestGap = 0;
    let last = Date.now();
    const tick = setInterval(() => {
      longestGap = Math.max(longestGap, Date.now() - last);
      last = Date.now();
    }, 50);
    try {
      await expect(runCypherIsolated(target, 'RETURN range(1, 10000000) AS big', {}, { maxRows: 10, timeoutMs: 2000 })).rejects.toThrow(/ran longer than 2 s|more than \d+ MiB/);
    } finally {
      clearInterval(tick);
    }
    // The driver decoding the record would have held this thread for tens of seconds.
    expect(longestGap).toBeLessThan(2000);
    const after = await runCypherIsolated(target, 'RETURN 1 AS one', {}, { maxRows: 10, timeoutMs: 2000 });
    expect(after.rows).toEqual([[1]]);
  });

  it('a lone surrogate in a JSONL text: extracted, loaded, exported from Neo4j, and the export validates (item 12)', async () => {
    await clearDatabase({ keepSchema: true });
    const dir = await mkdtemp(join(tmpdir(), 'claimgraph-surrogate-'));
    const input = join(dir, 'news.jsonl');
    await writeFile(input, `${JSON.stringify({ id: 'lone', text: 'Mary Brown \ud800 said: “The budget will pass.”' })}\n`);
    const extract = await runCli(['extract', input, '--out', join(dir, 's.json'), '--neo4j', '--quiet']);
    expect(extract.code, extract.stderr).toBe(0);
    expect(extract.stderr).toContain('lone surrogate');
    const exported = await runCli(['export', 'json', '--out', join(dir, 'from-neo4j.json')]);
    expect(exported.code, exported.stderr).toBe(0);
    const check = await runCli(['validate', join(dir, 'from-neo4j.json'), '--docs', input]);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    const { driver, database } = await testNeo4j();
    const said = await driver.executeQuery("MATCH (p:Person)-[:SAID]->(st:Statement {docId: 'lone'}) RETURN p.name AS name, st.content AS content", {}, { database });
    expect(said.records.map((r) => [r.get('name'), r.get('content')])).toEqual([['Mary Brown', 'The budget will pass.']]);
  });

  it("the local Neo4j's data directory and files are its owner's only (item 15)", async ({ skip }) => {
    const { target } = await testNeo4j();
    if (!target.local) skip('the test Neo4j is not a local server');
    const layout = serverLayout(resolve(ROOT, process.env.CLAIMGRAPH_HOME || '.claimgraph/test'));
    const mode = (path: string) => statSync(path).mode & 0o777;
    expect(mode(layout.dataDir)).toBe(0o700);
    expect(mode(layout.home)).toBe(0o700);
    const open: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, e.name);
        if (mode(path) & 0o077) open.push(`${path} ${mode(path).toString(8)}`);
        if (e.isDirectory()) walk(path);
      }
    };
    walk(layout.data);
    expect(open).toEqual([]);
  });
});

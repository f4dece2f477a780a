import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { runCli, ROOT } from '../../helpers/cli.js';
import { clearDatabase, describeNeo4j, testNeo4j } from '../../helpers/neo4j.js';

const tiny = join(ROOT, 'tests', 'graph', 'fixtures', 'tiny.snapshot.json');

describeNeo4j('claimgraph ingest and query', () => {
  beforeAll(async () => {
    await clearDatabase();
  });

  it('ingests a snapshot, with progress on stderr and nothing on stdout', async () => {
    const r = await runCli(['ingest', tiny]);
    expect(r.stderr).toMatch(/8 nodes and 13 relationships merged/);
    expect([r.code, r.stdout]).toEqual([0, '']);
  });

  it('runs Cypher with typed parameters and prints JSON keyed by column, integers as numbers', async () => {
    const r = await runCli([
      'query',
      'MATCH (st:Statement) WHERE st.start >= $from AND st.kind IN $kinds RETURN st.id AS id, st.start AS start, $flag AS flag ORDER BY start',
      '--param', 'from=20',
      '--param', 'kinds=["direct","partial"]',
      '--param', 'flag=true',
      '--format', 'json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      { id: 'st:a.txt:20', start: 20, flag: true },
      { id: 'st:b.txt:20', start: 20, flag: true },
    ]);
  });

  it('prints CSV with a header, and a table', async () => {
    const csv = await runCli(['query', '--named', 'said-by', '--param', 'entity=velayati', '--format', 'csv']);
    expect(csv.code, csv.stderr).toBe(0);
    const lines = csv.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('speaker,statement,kind,cue,addressee,about,document,id');
    expect(lines[1]).toBe('Ali Velayati,We hope the victories continue & grow,direct,told,Ismail Haniyeh,"[""Hamas""]",a.txt,st:a.txt:20');
    const table = await runCli(['query', '--named', 'most-quoted']);
    expect(table.stdout).toMatch(/^speaker\s+\| id\s+\| type\s+\| statements \| documents\n/);
    expect(table.stdout).toMatch(/Ali Velayati\s+\| person:ali-velayati \| Person \| 2\s+\| 2/);
  });

  it('refuses a write without --write, with a clear message, and writes with it', async () => {
    const refused = await runCli(['query', "CREATE (:Scratch {id: 'x'})"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe('claimgraph query: this query writes to the graph; queries are read-only unless you give --write\n');
    const { driver, database } = await testNeo4j();
    const count = async () => Number((await driver.executeQuery('MATCH (n:Scratch) RETURN count(n) AS c', {}, { database })).records[0]!.get('c'));
    expect(await count()).toBe(0);
    const written = await runCli(['query', "CREATE (:Scratch {id: 'x'})", '--write']);
    expect(written.code, written.stderr).toBe(0);
    expect(await count()).toBe(1);
    await driver.executeQuery('MATCH (n:Scratch) DELETE n', {}, { database });
  });

  it('stops at the row limit and says so', async () => {
    const r = await runCli(['query', 'UNWIND range(1, 50) AS i RETURN i', '--max-rows', '10', '--format', 'json']);
    expect(JSON.parse(r.stdout)).toHaveLength(10);
    expect(r.stderr).toMatch(/only the first 10 rows/);
  });

  it('lists the named queries with their Cypher, and names a missing parameter', async () => {
    const list = await runCli(['query', '--list']);
    for (const name of ['said-about', 'said-by', 'talks-about-most', 'between', 'most-quoted', 'document']) expect(list.stdout).toContain(`${name}: `);
    expect(list.stdout).toContain('MATCH (st:Statement)-[:ABOUT]->(x)');
    const missing = await runCli(['query', '--named', 'between', '--param', 'entity=Hamas']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/needs --param other=/);
  });
});

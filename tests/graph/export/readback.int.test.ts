import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import cytoscape from 'cytoscape';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readGraphSnapshot } from '../../../src/graph/export/from-neo4j.js';
import { ingestSnapshot } from '../../../src/graph/ingest/index.js';
import { graphCounts, snapshotToGraph } from '../../../src/graph/model.js';
import type { Snapshot } from '../../../src/snapshot/schema.js';
import { runCli } from '../../helpers/cli.js';
import { clearDatabase, describeNeo4j, testNeo4j } from '../../helpers/neo4j.js';
import { canonical, databaseCounts, graphState, seedSnapshot } from '../helpers.js';

/*
 * Every export of the seed corpus's graph, taken from Neo4j through the CLI, read back by a
 * reader that is not ours: the snapshot schema, Cytoscape.js, fast-xml-parser, graphology-gexf,
 * Neo4j's LOAD CSV and Neo4j running the Cypher script.
 */

let seed: Snapshot;
let expected: ReturnType<typeof graphCounts>;
let ingested: Awaited<ReturnType<typeof graphState>>;
let dir: string;

async function exported(format: string, name: string): Promise<string> {
  const out = join(dir, name);
  const r = await runCli(['export', format, '--out', out]);
  expect(r.code, r.stderr).toBe(0);
  return out;
}

async function db() {
  return testNeo4j();
}

/** A LOAD CSV statement for one file of the export, built from its neo4j-admin header alone. */
function loadCsvStatement(file: string, header: string[]): string {
  const convert = (column: string) => {
    const [name, type = 'string'] = column.split(':') as [string, string?];
    const cell = `row[${JSON.stringify(column)}]`;
    const value = type === 'long' ? `toInteger(${cell})` : type === 'double' ? `toFloat(${cell})` : type === 'boolean' ? `toBoolean(${cell})` : type === 'long[]' ? `[x IN split(${cell}, ';') | toInteger(x)]` : type === 'string[]' ? `split(${cell}, ';')` : cell;
    return `\`${name}\`: ${value}`;
  };
  const url = `file:///cg-readback/${file}`;
  const id = header.find((h) => h.includes(':ID('));
  if (id) {
    const props = header.filter((h) => h !== ':LABEL').map((h) => (h === id ? `id: row[${JSON.stringify(h)}]` : convert(h)));
    return `LOAD CSV WITH HEADERS FROM '${url}' AS row CREATE (n:$(split(row[':LABEL'], ';'))) SET n = {${props.join(', ')}}`;
  }
  const start = header[0]!;
  const end = header[1]!;
  const label = (h: string) => h.slice(h.indexOf('(') + 1, -1);
  const props = header.slice(3).map(convert);
  return `LOAD CSV WITH HEADERS FROM '${url}' AS row MATCH (a:${label(start)} {id: row[${JSON.stringify(start)}]}) MATCH (b:${label(end)} {id: row[${JSON.stringify(end)}]}) CREATE (a)-[r:$(row[':TYPE'])]->(b) SET r = {${props.join(', ')}}`;
}

describeNeo4j('exports of the graph in Neo4j, read back', () => {
  beforeAll(async () => {
    seed = await seedSnapshot();
    expected = graphCounts(snapshotToGraph(seed));
    dir = await mkdtemp(join(tmpdir(), 'claimgraph-graph-readback-'));
    await clearDatabase();
    const { driver, database } = await db();
    await ingestSnapshot(driver, seed, { database });
    ingested = await graphState(driver, database);
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('json: the graph read back is the snapshot that was ingested', async () => {
    const { driver, database } = await db();
    expect(canonical(await readGraphSnapshot(driver, database))).toEqual(canonical(seed));
    const file = await exported('json', 'graph.json');
    expect(canonical(JSON.parse(await readFile(file, 'utf8')))).toEqual(canonical(seed));
  });

  it('cytoscape: Cytoscape.js loads every node and edge', async () => {
    const file = await exported('cytoscape', 'graph.cy.json');
    const cy = cytoscape({ headless: true, elements: JSON.parse(await readFile(file, 'utf8')).elements });
    expect(cy.nodes().length).toBe(expected.labels.Document! + expected.labels.Entity! + expected.labels.Statement!);
    expect(cy.edges().length).toBe(Object.values(expected.types).reduce((a, b) => a + b, 0));
    expect(cy.edges('[type = "SAID"]').length).toBe(expected.types.SAID ?? 0);
  });

  it('graphml: valid XML in the GraphML namespace, nodes per label and edges per type as in Neo4j', async () => {
    const text = await readFile(await exported('graphml', 'graph.graphml'), 'utf8');
    expect(XMLValidator.validate(text)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, isArray: (n, _p, _l, attr) => !attr && ['key', 'node', 'edge', 'data'].includes(n) }).parse(text);
    expect(doc.graphml.xmlns).toBe('http://graphml.graphdrawing.org/xmlns');
    const keyOf = (name: string, kind: string) => doc.graphml.key.find((k: Record<string, string>) => k['attr.name'] === name && k.for === kind).id as string;
    const labels: Record<string, number> = {};
    for (const n of doc.graphml.graph.node) {
      const value = n.data.find((d: Record<string, string>) => d.key === keyOf('labels', 'node'))['#text'] as string;
      for (const l of value.split(':').filter(Boolean)) labels[l] = (labels[l] ?? 0) + 1;
    }
    const types: Record<string, number> = {};
    for (const e of doc.graphml.graph.edge) {
      const t = e.data.find((d: Record<string, string>) => d.key === keyOf('type', 'edge'))['#text'] as string;
      types[t] = (types[t] ?? 0) + 1;
    }
    expect({ labels, types }).toEqual(expected);
  });

  it('gexf: graphology-gexf parses it back with the same nodes and edges', async () => {
    const text = await readFile(await exported('gexf', 'graph.gexf'), 'utf8');
    expect(XMLValidator.validate(text)).toBe(true);
    const g = parseGexf(MultiDirectedGraph, text);
    const labels: Record<string, number> = {};
    g.forEachNode((_n, a) => {
      for (const l of String(a.labels).split(':').filter(Boolean)) labels[l] = (labels[l] ?? 0) + 1;
    });
    const types: Record<string, number> = {};
    g.forEachEdge((_e, a) => {
      types[a.type as string] = (types[a.type as string] ?? 0) + 1;
    });
    expect({ labels, types }).toEqual(expected);
  });

  it('csv: LOAD CSV of the files into an empty database gives the same counts and typed values', async () => {
    const out = await exported('csv', 'csv');
    const { driver, database } = await db();
    const config = await driver.executeQuery("CALL dbms.listConfig('server.directories.import') YIELD name, value RETURN value", {}, { database });
    const importDir = config.records[0]!.get('value') as string;
    await rm(join(importDir, 'cg-readback'), { recursive: true, force: true });
    await cp(out, join(importDir, 'cg-readback'), { recursive: true });
    try {
      await clearDatabase();
      const files = (await readdir(out)).filter((f) => f.endsWith('.csv')).sort((a, b) => (a.startsWith('nodes_') === b.startsWith('nodes_') ? (a < b ? -1 : 1) : a.startsWith('nodes_') ? -1 : 1));
      await driver.executeQuery('CREATE INDEX readback_entity IF NOT EXISTS FOR (n:Entity) ON (n.id)', {}, { database });
      for (const f of files) {
        const header = (await readFile(join(out, f), 'utf8')).split('\n', 1)[0]!.split(',');
        await driver.executeQuery(loadCsvStatement(f, header), {}, { database });
      }
      expect(await databaseCounts(driver, database)).toEqual(expected);
      const typed = await driver.executeQuery('MATCH (st:Statement) RETURN valueType(st.start) AS s, valueType(st.confidence) AS c LIMIT 1', {}, { database });
      expect(typed.records[0]!.toObject()).toEqual({ s: 'INTEGER NOT NULL', c: 'FLOAT NOT NULL' });
    } finally {
      await rm(join(importDir, 'cg-readback'), { recursive: true, force: true });
    }
  });

  it('cypher: the script run into an empty database recreates exactly the ingested graph', async () => {
    const file = await exported('cypher', 'graph.cypher');
    await clearDatabase();
    const { driver, database } = await db();
    const statements = (await readFile(file, 'utf8')).split('\n').filter((l) => l.trim() && !l.startsWith('//'));
    for (const s of statements) await driver.executeQuery(s.replace(/;$/, ''), {}, { database });
    expect(await graphState(driver, database)).toEqual(ingested);
  });

  it('json: mentions still read back from a graph loaded before they were JSON (starts, ends, texts lists)', async () => {
    await clearDatabase();
    const { driver, database } = await db();
    await ingestSnapshot(driver, seed, { database });
    const { records } = await driver.executeQuery('MATCH ()-[m:MENTIONED_IN]->() RETURN elementId(m) AS id, m.mentions AS mentions', {}, { database });
    const rows = records.map((r) => {
      const spans = JSON.parse(r.get('mentions') as string) as [number, number, string][];
      return { id: r.get('id') as string, starts: spans.map((s) => neo4j.int(s[0])), ends: spans.map((s) => neo4j.int(s[1])), texts: spans.map((s) => s[2]) };
    });
    await driver.executeQuery(
      'UNWIND $rows AS row MATCH ()-[m:MENTIONED_IN]->() WHERE elementId(m) = row.id SET m.starts = row.starts, m.ends = row.ends, m.texts = row.texts REMOVE m.mentions',
      { rows },
      { database },
    );
    expect(canonical(await readGraphSnapshot(driver, database))).toEqual(canonical(seed));
  });
});

import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import cytoscape from 'cytoscape';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXPORTERS, writeExport } from '../../../src/graph/export/index.js';
import { graphCounts, snapshotToGraph, type GraphModel } from '../../../src/graph/model.js';
import { readSnapshot } from '../../../src/snapshot/read.js';
import type { Snapshot } from '../../../src/snapshot/schema.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const expected = join(fixtures, 'expected');

let snapshot: Snapshot;
let graph: GraphModel;
beforeAll(async () => {
  snapshot = await readSnapshot(join(fixtures, 'tiny.snapshot.json'));
  graph = snapshotToGraph(snapshot);
});

function only(format: string): string {
  const files = EXPORTERS[format]!.write({ snapshot, graph });
  expect(files).toHaveLength(1);
  return files[0]!.text;
}

describe('the graph model of the tiny snapshot', () => {
  it('has the spec property graph: labels and relationship types counted from the snapshot', () => {
    expect(graphCounts(graph)).toEqual({
      labels: { Document: 2, Entity: 3, Person: 2, Organization: 1, Statement: 3 },
      // 3 REPORTED_IN, 2 resolved speakers, 1 addressee, 2 ABOUT, 4 entity-document pairs, 1 relation
      types: { REPORTED_IN: 3, SAID: 2, ADDRESSED_TO: 1, ABOUT: 2, MENTIONED_IN: 4, AFFILIATED_WITH: 1 },
    });
  });

  it('keeps an unresolved speaker on the statement and the cue as flat properties', () => {
    const st = graph.nodes.find((n) => n.id === 'st:a.txt:70')!;
    expect(st.properties).toMatchObject({ speakerText: 'an official', speakerStart: 100, speakerEnd: 111 });
    const cued = graph.nodes.find((n) => n.id === 'st:a.txt:20')!;
    expect(cued.properties).toMatchObject({ cue: 'told', cueStart: 16, cueEnd: 20, cueClass: 'say' });
  });
});

describe('exporters write exactly the expected files', () => {
  it.each([
    ['cytoscape', 'tiny.cytoscape.json'],
    ['graphml', 'tiny.graphml'],
    ['gexf', 'tiny.gexf'],
    ['cypher', 'tiny.cypher'],
  ])('%s', async (format, file) => {
    expect(only(format)).toBe(await readFile(join(expected, file), 'utf8'));
  });

  it('csv', async () => {
    const files = EXPORTERS.csv!.write({ snapshot, graph });
    const names = (await readdir(join(expected, 'tiny.csv'))).sort();
    expect(files.map((f) => f.name).sort()).toEqual(names);
    for (const f of files) expect(f.text, f.name).toBe(await readFile(join(expected, 'tiny.csv', f.name), 'utf8'));
  });

  it('json is the snapshot itself', () => {
    expect(JSON.parse(only('json'))).toEqual(snapshot);
  });
});

describe('exports read back by independent readers', () => {
  it('Cytoscape.js loads the elements with every node and edge', () => {
    const cy = cytoscape({ headless: true, elements: JSON.parse(only('cytoscape')).elements });
    expect(cy.nodes().length).toBe(graph.nodes.length);
    expect(cy.edges().length).toBe(graph.edges.length);
    expect(cy.getElementById('person:ali-velayati').outgoers('edge[type = "SAID"]').length).toBe(2);
  });

  it('GraphML is valid XML in the GraphML namespace with typed keys (fast-xml-parser)', () => {
    const text = only('graphml');
    expect(XMLValidator.validate(text)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['key', 'node', 'edge', 'data'].includes(name), parseTagValue: false }).parse(text);
    expect(doc.graphml.xmlns).toBe('http://graphml.graphdrawing.org/xmlns');
    const keys = new Map<string, { name: string; type: string }>(doc.graphml.key.map((k: Record<string, string>) => [k.id, { name: k['attr.name']!, type: k['attr.type']! }]));
    const g = doc.graphml.graph;
    expect(g.edgedefault).toBe('directed');
    expect(g.node).toHaveLength(graph.nodes.length);
    expect(g.edge).toHaveLength(graph.edges.length);
    const statement = g.node.find((n: { id: string }) => n.id === 'st:a.txt:70');
    const data = Object.fromEntries(statement.data.map((d: { key: string; '#text': string }) => [keys.get(d.key)!.name, d['#text']]));
    expect(data).toMatchObject({ content: 'Hamas <would> win', start: '70', labels: ':Statement' });
    expect([...keys.values()].find((k) => k.name === 'start')?.type).toBe('long');
    expect([...keys.values()].find((k) => k.name === 'confidence')?.type).toBe('double');
  });

  it('GEXF parses back with graphology-gexf, attributes typed', () => {
    const parsed = parseGexf(MultiDirectedGraph, only('gexf'));
    expect(parsed.order).toBe(graph.nodes.length);
    expect(parsed.size).toBe(graph.edges.length);
    expect(parsed.getNodeAttributes('organization:hamas')).toMatchObject({ label: 'Hamas', name: 'Hamas', aliases: ['the "movement"'], labels: ':Entity:Organization' });
    expect(parsed.getNodeAttribute('st:a.txt:20', 'start')).toBe(20);
    expect(parsed.getEdgeAttributes('MENTIONED_IN:person:ali-velayati->a.txt')).toMatchObject({ count: 2, mentions: '[[0,12,"Ali Velayati"],[60,68,"Velayati"]]' });
  });

  it('GEXF is valid XML (fast-xml-parser)', () => {
    const text = only('gexf');
    expect(XMLValidator.validate(text)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(text);
    expect(doc.gexf.xmlns).toBe('http://gexf.net/1.3');
  });
});

describe('writeExport', () => {
  it('writes a file format to the path and a directory format into the directory', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'claimgraph-graph-export-'));
    try {
      const out = join(dir, 'g.graphml');
      await writeExport(EXPORTERS.graphml!, EXPORTERS.graphml!.write({ snapshot, graph }), out);
      expect(await readFile(out, 'utf8')).toBe(only('graphml'));
      const csvDir = join(dir, 'csv');
      await writeExport(EXPORTERS.csv!, EXPORTERS.csv!.write({ snapshot, graph }), csvDir);
      expect((await readdir(csvDir)).filter((f) => f.endsWith('.csv'))).toHaveLength(9);
      expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ownerOf, planLoad, sliceSize } from '../../../src/graph/ingest/plan.js';
import { snapshotToGraph, type GraphEdge, type GraphModel } from '../../../src/graph/model.js';
import { readSnapshot } from '../../../src/snapshot/read.js';

let tiny: GraphModel;
beforeAll(async () => {
  tiny = snapshotToGraph(await readSnapshot(join(import.meta.dirname, '..', 'fixtures', 'tiny.snapshot.json')));
});

function edge(type: string, sourceLabel: string, source: string, targetLabel: string, target: string, properties: GraphEdge['properties'] = {}): GraphEdge {
  return { id: `${type}:${source}->${target}`, type, source, target, sourceLabel, targetLabel, properties };
}

describe('ownerOf', () => {
  it.each([
    ['REPORTED_IN', edge('REPORTED_IN', 'Statement', 'st:a.txt:1', 'Document', 'a.txt'), { label: 'Statement', id: 'st:a.txt:1' }],
    ['SAID', edge('SAID', 'Entity', 'person:x', 'Statement', 'st:a.txt:1'), { label: 'Statement', id: 'st:a.txt:1' }],
    ['ABOUT', edge('ABOUT', 'Statement', 'st:a.txt:1', 'Entity', 'person:x'), { label: 'Statement', id: 'st:a.txt:1' }],
    ['MENTIONED_IN', edge('MENTIONED_IN', 'Entity', 'person:x', 'Document', 'a.txt'), { label: 'Document', id: 'a.txt' }],
    ['a relation', edge('HOLDS_ROLE', 'Entity', 'person:x', 'Entity', 'organization:y', { docId: 'b.txt' }), { label: 'Document', id: 'b.txt' }],
    ['no document at all', edge('KNOWS', 'Entity', 'person:x', 'Entity', 'person:y'), undefined],
  ])('%s', (_name, e, owner) => {
    expect(ownerOf(e)).toEqual(owner);
  });
});

describe('sliceSize', () => {
  it.each([
    [100_000, 10_000, 2, 10_000],
    [82_000, 10_000, 2, 8_200],
    [9_980, 10_000, 2, 4_990],
    [9_981, 10_000, 2, 4_991],
    [1_500, 10_000, 2, 1_000],
    [13, 10_000, 2, 1_000],
    [13, 5, 2, 5],
    [0, 10_000, 2, 1_000],
  ])('%i rows, batches of %i, %i at once: %i a transaction', (total, batchSize, concurrency, expected) => {
    expect(sliceSize(total, batchSize, concurrency)).toBe(expected);
  });
});

describe('planLoad', () => {
  it('writes every entity once, sliced by label', () => {
    const plan = planLoad(tiny, { batchSize: 1, concurrency: 2 });
    expect(plan.entities.map((u) => [u.group, u.rows.map((r) => r[u.layout.keys.indexOf('id')])])).toEqual([
      ['Entity:Person', ['person:ali-velayati']],
      ['Entity:Person', ['person:ismail-haniyeh']],
      ['Entity:Organization', ['organization:hamas']],
    ]);
  });

  it('puts every document, statement and relationship in exactly one batch, with what owns it', () => {
    for (const batchSize of [1, 5, 10_000]) {
      const plan = planLoad(tiny, { batchSize, concurrency: 2 });
      const nodes = plan.units.flatMap((b) => [...b.nodes.Document, ...b.nodes.Statement].map((n) => n.id));
      expect(nodes.sort()).toEqual(tiny.nodes.filter((n) => n.labels[0] !== 'Entity').map((n) => n.id).sort());
      const edges = plan.units.flatMap((b) => b.edges.map((e) => e.edge.id));
      expect(edges.sort()).toEqual(tiny.edges.map((e) => e.id).sort());
      for (const b of plan.units) {
        const here = new Set([...b.nodes.Document, ...b.nodes.Statement].map((n) => n.id));
        for (const { owner } of b.edges) expect(here.has(owner!.id)).toBe(true);
        expect(b.size).toBe(b.nodes.Document.length + b.nodes.Statement.length + b.edges.length);
      }
    }
  });

  it('keeps a document whole: one batch a document when batches are small, one batch for all when they are large', () => {
    const docsOf = (batchSize: number) => planLoad(tiny, { batchSize, concurrency: 2 }).units.map((b) => b.nodes.Document.map((d) => d.id));
    expect(docsOf(1)).toEqual([['a.txt'], ['b.txt']]);
    expect(docsOf(10_000)).toEqual([['a.txt', 'b.txt']]);
  });

  it('takes a relationship given twice once, with its last properties', () => {
    const twice = { ...tiny, edges: [...tiny.edges, { ...tiny.edges.find((e) => e.type === 'SAID')!, properties: { text: 'he', start: 1, end: 3 } }] };
    const said = planLoad(twice, { batchSize: 10_000, concurrency: 2 }).units.flatMap((b) => b.edges.filter((e) => e.edge.type === 'SAID'));
    expect(said).toHaveLength(tiny.edges.filter((e) => e.type === 'SAID').length);
    expect(said.map((e) => e.edge.properties)).toContainEqual({ text: 'he', start: 1, end: 3 });
  });

  it('lists the property keys of each relationship type, for CREATE', () => {
    const plan = planLoad(tiny, { batchSize: 10_000, concurrency: 2 });
    expect(plan.edgeKeys.get('REPORTED_IN')).toEqual([]);
    expect(plan.edgeKeys.get('SAID')).toEqual(['text', 'start', 'end']);
    expect(plan.edgeKeys.get('AFFILIATED_WITH')).toEqual(expect.arrayContaining(['id', 'docId', 'role', 'since', 'evidenceText']));
  });
});

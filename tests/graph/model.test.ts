import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareCodePoints, graphCounts, snapshotToGraph, sortedUnique, type GraphModel } from '../../src/graph/model.js';
import { readSnapshot } from '../../src/snapshot/read.js';
import type { Snapshot } from '../../src/snapshot/schema.js';

let snapshot: Snapshot;
let graph: GraphModel;

beforeAll(async () => {
  snapshot = await readSnapshot(join(import.meta.dirname, 'fixtures', 'stance.snapshot.json'));
  graph = snapshotToGraph(snapshot);
});

describe('the graph model of stance and claims', () => {
  it('has a Claim node and a PART_OF from each copy', () => {
    const counts = graphCounts(graph);
    expect(counts.labels.Claim).toBe(1);
    expect(counts.types.PART_OF).toBe(2);
    const claim = graph.nodes.find((n) => n.labels[0] === 'Claim')!;
    expect(claim.properties).toEqual({
      id: 'claim:dana-reyes:they-are-the-defenders-of-peace',
      content: 'They are the defenders of peace,',
      speaker: 'person:dana-reyes',
      firstSeenStatementId: 'st:a.txt:53',
      firstSeenDocId: 'a.txt',
      firstSeenPublishedAt: '2026-11-01',
      firstSeenSource: 'Wire',
    });
    expect(graph.edges.filter((e) => e.type === 'PART_OF').map((e) => e.source)).toEqual(['st:a.txt:53', 'st:b.txt:27']);
  });

  it('puts each target’s stance on its ABOUT, the deciding words as evidence, none where nothing decided', () => {
    const about = (statement: string) => graph.edges.find((e) => e.type === 'ABOUT' && e.source === statement)!.properties;
    const condemned = snapshot.statements.find((s) => s.content === 'the aggression of Eastland')!;
    expect(about(condemned.id)).toEqual({ stance: 'oppose', score: -0.9, evidenceText: 'condemned', evidenceStart: condemned.stance![0]!.evidence!.start, evidenceEnd: condemned.stance![0]!.evidence!.end });
    const talks = snapshot.statements.find((s) => s.content === 'Eastland would hold talks')!;
    expect(about(talks.id)).toEqual({ stance: 'neutral', score: 0 });
    expect(graph.edgeKeys.find((k) => k.name === 'score')?.type).toBe('double');
  });

  it('keeps a document’s author', () => {
    const s = structuredClone(snapshot);
    s.documents[0]!.author = 'Sam Lee';
    expect(snapshotToGraph(s).nodes[0]!.properties.author).toBe('Sam Lee');
  });
});

describe('entity aliases are a set', () => {
  it('sorted by code point, each once, never the name, absent when empty', () => {
    const s = structuredClone(snapshot);
    s.entities[0]!.aliases = ['Reyes', 'D. Reyes', 'Reyes', 'Dana Reyes', ''];
    s.entities[1]!.aliases = ['Northern Alliance'];
    const g = snapshotToGraph(s);
    expect(g.nodes.find((n) => n.id === 'person:dana-reyes')!.properties.aliases).toEqual(['D. Reyes', 'Reyes']);
    expect(g.nodes.find((n) => n.id === 'organization:northern-alliance')!.properties).not.toHaveProperty('aliases');
  });

  it('compares as Cypher orders: by code point, so 😀 (U+1F600) after ～ (U+FF5E)', () => {
    expect(sortedUnique(['😀', '～', 'b', 'B', 'é'])).toEqual(['B', 'b', 'é', '～', '😀']);
    expect(['😀', '～'].sort()).toEqual(['😀', '～']); // JavaScript's own order differs
    expect(compareCodePoints('ab', 'abc')).toBeLessThan(0);
    expect(compareCodePoints('a😀', 'a😀')).toBe(0);
  });
});

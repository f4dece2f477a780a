import { describe, expect, it } from 'vitest';
import type { GraphEdge } from '../../src/viz/api-types.js';
import type { NetNode, Network } from '../../src/viz/network.js';
import { removeOverlaps, type Box } from '../../src/viz/overlap.js';
import { selectView } from '../../src/viz/view.js';
import { boxOf, layoutView } from '../../src/viz/view-layout.js';

function node(id: string, score: number): NetNode {
  return { id, label: id.toUpperCase(), type: 'Person', quoted: score, mentioned: 0, targeted: 0, score };
}

function edge(source: string, target: string, claims: number): GraphEdge {
  return { id: `about|${source}|${target}`, source, target, rel: 'about', count: claims, claims, kinds: { direct: claims, partial: 0, indirect: 0 }, stances: { support: 0, oppose: 0, neutral: claims } };
}

/** H is linked to A (3 claims), B (2) and C (1); A to D (5) and E (1); F stands alone. */
const network: Network = {
  nodes: new Map(['h', 'a', 'b', 'c', 'd', 'e', 'f'].map((id, i) => [id, node(id, 10 - i)])),
  edges: [edge('h', 'a', 3), edge('b', 'h', 2), edge('h', 'c', 1), edge('a', 'd', 5), edge('e', 'a', 1)],
  statements: 12,
};
const request = { steps: 1, expand: [], budget: 2, all: false, cap: 0 };

describe('views within a budget', () => {
  it('the overview keeps the entities of highest score and the links among them', () => {
    const v = selectView(network, { ...request, budget: 3 });
    expect(v.nodes.map((n) => n.id)).toEqual(['h', 'a', 'b']);
    expect(v.edges.map((e) => e.id).sort()).toEqual(['about|b|h', 'about|h|a']);
    expect(v.more).toBe(4);
  });

  it('a focus adds its strongest neighbours up to the budget', () => {
    const v = selectView(network, { ...request, focus: 'h' });
    expect(v.nodes.map((n) => n.id).sort()).toEqual(['a', 'b', 'h']);
    // Beyond: C (H's weakest) and D, E (A's).
    expect(v.more).toBe(3);
  });

  it('a step out adds the strongest new neighbours of the last step, up to the budget again', () => {
    const v = selectView(network, { ...request, focus: 'h', steps: 2, budget: 1 });
    // Step 1: A (3 claims to H). Step 2: A's strongest new neighbour, D (5), not C or E.
    expect(v.nodes.map((n) => n.id).sort()).toEqual(['a', 'd', 'h']);
  });

  it('expanding an entity adds its strongest new neighbours', () => {
    const v = selectView(network, { ...request, focus: 'h', budget: 1, expand: ['a'] });
    expect(v.nodes.map((n) => n.id).sort()).toEqual(['a', 'd', 'h']);
  });

  it('an entity outside the filtered network gives an empty focus', () => {
    expect(selectView(network, { ...request, focus: 'zz' }).nodes).toEqual([]);
  });
});

describe('layout', () => {
  const overlaps = (boxes: Box[]) =>
    boxes.some((a, i) => boxes.some((b, j) => j > i && Math.min(a.x + a.right, b.x + b.right) - Math.max(a.x - a.left, b.x - b.left) > 0.01 && Math.min(a.y + a.bottom, b.y + b.bottom) - Math.max(a.y - a.top, b.y - b.top) > 0.01));

  it('pushes overlapping boxes apart until none overlaps, the same way every time', () => {
    const make = () => Array.from({ length: 40 }, (_, i): Box => ({ id: `n${i}`, x: (i % 5) * 10, y: Math.floor(i / 5) * 6, left: 30, right: 30, top: 10, bottom: 20 }));
    const boxes = make();
    expect(overlaps(boxes)).toBe(true);
    expect(removeOverlaps(boxes, 4)).toBe(true);
    expect(overlaps(boxes)).toBe(false);
    const again = make();
    removeOverlaps(again, 4);
    expect(again).toEqual(boxes);
  });

  it('a hub with 150 long-named neighbours: no node or name over another', () => {
    const hub = { ...node('hub', 400), size: 56 };
    const spokes = Array.from({ length: 150 }, (_, i) => ({ ...node(`spoke-${i}`, 1 + (i % 17)), label: `Department for Regional Affairs ${i}`, size: 14 + (i % 9) * 4 }));
    const edges = spokes.map((s, i) => edge(i % 3 === 0 ? hub.id : s.id, i % 3 === 0 ? s.id : hub.id, 1 + (i % 5)));
    // Some neighbours talk about each other too.
    for (let i = 0; i + 7 < spokes.length; i += 7) edges.push(edge(spokes[i]!.id, spokes[i + 7]!.id, 1));
    const nodes = [hub, ...spokes];
    const at = layoutView(nodes, edges);
    expect(overlaps(nodes.map((n) => boxOf(n, at.get(n.id)!)))).toBe(false);
  });

  it('lays out a view the same way every time', () => {
    const nodes = [...network.nodes.values()].map((n) => ({ ...n, size: 20 + n.score }));
    const a = layoutView(nodes, network.edges);
    const b = layoutView([...nodes].reverse(), [...network.edges].reverse());
    expect([...b].sort()).toEqual([...a].sort());
  });
});

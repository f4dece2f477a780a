import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import type { Network } from './network.js';
import { seededRandom } from '../seeded.js';

// A CommonJS module whose typings declare an ES default: at run time the default is the function.
const louvain = louvainModule as unknown as typeof louvainModule.default;

/** Community number by entity id; entities without an edge have none. */
export type Communities = Map<string, number>;

/**
 * Communities of the filtered network (Louvain, on the undirected graph weighted by claims),
 * numbered by size, largest first. Seeded, and nodes and edges are added in id order, so the
 * same network always gives the same communities.
 */
export function findCommunities(network: Network): Communities {
  const graph = new UndirectedGraph();
  const ids = new Set<string>();
  for (const e of network.edges) ids.add(e.source).add(e.target);
  for (const id of [...ids].sort()) graph.addNode(id);
  for (const e of [...network.edges].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (e.source === e.target) continue;
    if (graph.hasEdge(e.source, e.target)) graph.updateEdgeAttribute(e.source, e.target, 'weight', (w: number) => w + e.claims);
    else graph.addEdge(e.source, e.target, { weight: e.claims });
  }
  if (graph.size === 0) return new Map();
  const raw = louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(17), randomWalk: false });
  const sizes = new Map<number, number>();
  for (const c of Object.values(raw)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const order = [...sizes.keys()].sort((a, b) => sizes.get(b)! - sizes.get(a)! || a - b);
  const renumber = new Map(order.map((c, i) => [c, i]));
  return new Map(Object.entries(raw).map(([id, c]) => [id, renumber.get(c)!]));
}

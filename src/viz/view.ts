import type { GraphEdge } from './api-types.js';
import type { NetNode, Network } from './network.js';

/** What the page asks to see of the filtered network. */
export interface ViewRequest {
  /** The entity at the centre; none for the overview. */
  focus?: string;
  /** Steps out from the focus (1: its neighbours). */
  steps: number;
  /** Entities whose neighbours are added too (double-clicked in the page). */
  expand: string[];
  /** Most entities the overview draws, and most new entities a step adds. */
  budget: number;
  /** Everything in the filters (with at most `cap` entities without links). */
  all: boolean;
  cap: number;
}

export interface ViewSelection {
  mode: 'overview' | 'focus' | 'all';
  nodes: NetNode[];
  edges: GraphEdge[];
  /** Entities of the network not drawn that the next "show more" or "+ step" could add. */
  more: number;
}

const byScore = (a: NetNode, b: NetNode) => b.score - a.score || (a.id < b.id ? -1 : 1);

/** The strongest `limit` edges (by claims, then statements), always keeping those of `keep`. */
function strongest(edges: GraphEdge[], limit: number, keep?: string): GraphEdge[] {
  if (edges.length <= limit) return edges;
  const sorted = [...edges].sort((a, b) => b.claims - a.claims || b.count - a.count || (a.id < b.id ? -1 : 1));
  const kept = sorted.filter((e) => keep !== undefined && (e.source === keep || e.target === keep));
  for (const e of sorted) {
    if (kept.length >= limit) break;
    if (keep === undefined || (e.source !== keep && e.target !== keep)) kept.push(e);
  }
  return kept;
}

function edgesAmong(network: Network, ids: Set<string>): GraphEdge[] {
  return network.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
}

/** The summary of a large network: the `budget` entities of highest score and their strongest links. */
function overview(network: Network, budget: number): ViewSelection {
  const ranked = [...network.nodes.values()].sort(byScore);
  const nodes = ranked.slice(0, budget);
  const ids = new Set(nodes.map((n) => n.id));
  return { mode: 'overview', nodes, edges: strongest(edgesAmong(network, ids), budget * 3), more: ranked.length - nodes.length };
}

/** Link weight between neighbours: claims summed over both directions and both kinds of edge. */
function neighbourWeights(network: Network): Map<string, Map<string, number>> {
  const adj = new Map<string, Map<string, number>>();
  const add = (a: string, b: string, w: number) => {
    let m = adj.get(a);
    if (!m) adj.set(a, (m = new Map()));
    m.set(b, (m.get(b) ?? 0) + w);
  };
  for (const e of network.edges) {
    if (e.source === e.target) continue;
    add(e.source, e.target, e.claims);
    add(e.target, e.source, e.claims);
  }
  return adj;
}

/** The strongest new neighbours of `hubs` (summed weight to them), at most `budget`. */
function strongestNew(network: Network, adj: Map<string, Map<string, number>>, hubs: Iterable<string>, shown: Set<string>, budget: number): string[] {
  const weight = new Map<string, number>();
  for (const hub of hubs) for (const [n, w] of adj.get(hub) ?? []) if (!shown.has(n)) weight.set(n, (weight.get(n) ?? 0) + w);
  const score = (id: string) => network.nodes.get(id)?.score ?? 0;
  return [...weight.keys()].sort((a, b) => weight.get(b)! - weight.get(a)! || score(b) - score(a) || (a < b ? -1 : 1)).slice(0, budget);
}

/**
 * A focus: the entity, its strongest neighbours up to the budget, then each step out the
 * strongest new neighbours of what the last step added (up to the budget again), and the
 * strongest new neighbours of each expanded entity.
 */
function focusView(network: Network, req: ViewRequest & { focus: string }): ViewSelection {
  if (!network.nodes.has(req.focus)) return { mode: 'focus', nodes: [], edges: [], more: 0 };
  const adj = neighbourWeights(network);
  const shown = new Set<string>([req.focus]);
  let last = [req.focus];
  for (let step = 0; step < req.steps; step++) {
    const added = strongestNew(network, adj, last, shown, req.budget);
    if (added.length === 0) break;
    for (const id of added) shown.add(id);
    last = added;
  }
  for (const id of req.expand) {
    if (!shown.has(id)) continue;
    for (const n of strongestNew(network, adj, [id], shown, req.budget)) shown.add(n);
  }
  const beyond = new Set<string>();
  for (const id of shown) for (const n of adj.get(id)?.keys() ?? []) if (!shown.has(n)) beyond.add(n);
  const nodes = [...shown].map((id) => network.nodes.get(id)!);
  return { mode: 'focus', nodes, edges: strongest(edgesAmong(network, shown), Math.max(200, shown.size * 4), req.focus), more: beyond.size };
}

/** Everything the filters leave, with at most `cap` entities without links (the highest scores). */
function everything(network: Network, cap: number): ViewSelection {
  const linked = new Set<string>();
  for (const e of network.edges) linked.add(e.source).add(e.target);
  const nodes = [...network.nodes.values()].filter((n) => linked.has(n.id));
  const unlinked = [...network.nodes.values()].filter((n) => !linked.has(n.id)).sort(byScore);
  const kept = cap > 0 ? unlinked.slice(0, cap) : unlinked;
  return { mode: 'all', nodes: [...nodes, ...kept], edges: network.edges, more: unlinked.length - kept.length };
}

/** Pick what to draw of the network for this request. */
export function selectView(network: Network, req: ViewRequest): ViewSelection {
  if (req.focus) return focusView(network, { ...req, focus: req.focus });
  if (req.all) return everything(network, req.cap);
  return overview(network, req.budget);
}

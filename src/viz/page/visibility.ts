import type { GraphResponse } from '../api-types.js';

/** Neighbours of each node (both directions), for focus and expansion. */
export type Adjacency = Map<string, Set<string>>;

export function adjacencyOf(graph: GraphResponse): Adjacency {
  const adj: Adjacency = new Map(graph.nodes.map((n) => [n.id, new Set<string>()]));
  for (const e of graph.edges) {
    adj.get(e.source)?.add(e.target);
    adj.get(e.target)?.add(e.source);
  }
  return adj;
}

/**
 * The nodes shown in focus mode: the focused entity, the entities expanded from it, and the
 * neighbours of all of these. Null when nothing is focused (everything is shown).
 */
export function visibleNodes(adj: Adjacency, focus: string | undefined, expand: string[]): Set<string> | null {
  if (!focus || !adj.has(focus)) return null;
  const shown = new Set<string>([focus]);
  for (const id of [focus, ...expand]) {
    if (!adj.has(id)) continue;
    shown.add(id);
    for (const n of adj.get(id)!) shown.add(n);
  }
  return shown;
}

/** One step out: every shown node not yet expanded. */
export function frontier(adj: Adjacency, focus: string, expand: string[]): string[] {
  const shown = visibleNodes(adj, focus, expand) ?? new Set<string>();
  const done = new Set([focus, ...expand]);
  return [...shown].filter((id) => !done.has(id));
}

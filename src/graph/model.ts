import type { Snapshot } from '../snapshot/schema.js';
import { mentionEdges, relationEdge, snapshotNodes, statementEdges } from './model/elements.js';
import { edgeKeysOf, NODE_KEYS } from './model/keys.js';
import type { GraphModel, GraphNode } from './model/types.js';

/**
 * The one interchange shape of the graph: the property graph of the spec's "In Neo4j" section,
 * built once from a snapshot. The loader and every exporter read this, never the snapshot itself.
 * The types live in model/types.ts, the elements in model/elements.ts, the keys in model/keys.ts.
 */

export * from './model/types.js';
export { compareCodePoints, sortedUnique } from './model/elements.js';

/**
 * Build the property graph of a snapshot. Relationships whose endpoint is not in the snapshot
 * (a dangling speaker or relation id) are left out, as the loader could not match them either.
 */
export function snapshotToGraph(snapshot: Snapshot): GraphModel {
  const nodes = snapshotNodes(snapshot);
  const present = new Map(nodes.map((n) => [n.id + '\u0000' + n.labels[0], true]));
  const edges = [...snapshot.statements.flatMap(statementEdges), ...snapshot.entities.flatMap(mentionEdges), ...snapshot.relations.map(relationEdge)].filter(
    (e) => present.has(e.source + '\u0000' + e.sourceLabel) && present.has(e.target + '\u0000' + e.targetLabel),
  );
  return { nodes, edges, nodeKeys: NODE_KEYS, edgeKeys: edgeKeysOf(edges), createdAt: snapshot.createdAt };
}

/** How many nodes carry each label, and how many relationships have each type. */
export function graphCounts(graph: GraphModel): { labels: Record<string, number>; types: Record<string, number> } {
  const labels: Record<string, number> = {};
  const types: Record<string, number> = {};
  for (const n of graph.nodes) for (const l of n.labels) labels[l] = (labels[l] ?? 0) + 1;
  for (const e of graph.edges) types[e.type] = (types[e.type] ?? 0) + 1;
  return { labels, types };
}

/** A short human label for a node: an entity's name, a document's title (or id), a statement's or claim's first words. */
export function displayLabel(node: GraphNode): string {
  const p = node.properties;
  if (node.labels[0] === 'Entity') return String(p.name);
  if (node.labels[0] === 'Document') return String(p.title ?? p.id);
  const content = String(p.content ?? p.id);
  return content.length > 60 ? `${content.slice(0, 59)}…` : content;
}

import type { EdgeRel, GraphEdge, GraphNode, GraphResponse, KindName } from './api-types.js';
import type { VizCorpus } from './corpus.js';
import type { FilterScope } from './filters.js';
import type { Positions } from './layout.js';

interface Tally {
  quoted: number;
  mentioned: number;
  targeted: number;
}

/** The id of the aggregated edge for (rel, speaker, target); the page sends it back as is. */
export function edgeId(rel: EdgeRel, source: string, target: string): string {
  return `${rel}|${source}|${target}`;
}

/**
 * The network the page draws: one node per entity that the filtered documents name or quote,
 * one edge per (speaker, target, rel) with the number of statements behind it. `min` drops
 * edges with fewer statements and nodes quoted-plus-mentioned fewer times.
 */
export function buildNetwork(corpus: VizCorpus, scope: FilterScope, positions: Positions): GraphResponse {
  const tallies = new Map<string, Tally>();
  const tally = (id: string): Tally => {
    let t = tallies.get(id);
    if (!t) tallies.set(id, (t = { quoted: 0, mentioned: 0, targeted: 0 }));
    return t;
  };
  for (const e of corpus.entities.values()) {
    if (!scope.typeAllowed(e.type)) continue;
    let mentioned = 0;
    for (const [docId, n] of e.mentionsByDoc) if (scope.docAllowed(docId)) mentioned += n;
    if (mentioned > 0) tally(e.id).mentioned = mentioned;
  }
  const edges = new Map<string, GraphEdge>();
  const addEdge = (rel: EdgeRel, source: string, target: string, kind: KindName) => {
    const id = edgeId(rel, source, target);
    let edge = edges.get(id);
    if (!edge) edges.set(id, (edge = { id, source, target, rel, count: 0, kinds: { direct: 0, partial: 0, indirect: 0 } }));
    edge.count++;
    edge.kinds[kind]++;
  };
  const allowed = (id: string | null | undefined): id is string => {
    if (!id) return false;
    const e = corpus.entities.get(id);
    return e !== undefined && scope.typeAllowed(e.type);
  };
  let statements = 0;
  for (const s of corpus.statements) {
    if (!scope.statementAllowed(s)) continue;
    statements++;
    const speaker = allowed(s.speaker?.entityId) ? s.speaker!.entityId! : null;
    if (speaker) tally(speaker).quoted++;
    const addressee = s.addressee?.entityId;
    if (allowed(addressee)) {
      tally(addressee).targeted++;
      if (speaker && addressee !== speaker) addEdge('addressed', speaker, addressee, s.kind);
    }
    for (const target of new Set(s.about)) {
      if (!allowed(target)) continue;
      tally(target).targeted++;
      if (speaker && target !== speaker) addEdge('about', speaker, target, s.kind);
    }
  }
  const keptEdges = [...edges.values()].filter((e) => e.count >= scope.min);
  const nodeOk = (id: string) => {
    const t = tallies.get(id);
    return t !== undefined && t.quoted + t.mentioned + t.targeted > 0 && t.quoted + t.mentioned >= scope.min;
  };
  const finalEdges = keptEdges.filter((e) => nodeOk(e.source) && nodeOk(e.target));
  const linked = new Set<string>();
  for (const e of finalEdges) linked.add(e.source).add(e.target);
  const nodes: GraphNode[] = [];
  const unlinked: GraphNode[] = [];
  for (const [id, t] of tallies) {
    if (!nodeOk(id) || (scope.hideIsolated && !linked.has(id))) continue;
    const e = corpus.entities.get(id)!;
    const p = positions.get(id) ?? { x: 0, y: 0 };
    (linked.has(id) ? nodes : unlinked).push({ id, label: e.name, type: e.type, ...t, x: p.x, y: p.y });
  }
  let capped = 0;
  if (scope.isolatedCap > 0 && unlinked.length > scope.isolatedCap) {
    const weight = (n: GraphNode) => n.quoted * 2 + n.mentioned + n.targeted;
    unlinked.sort((a, b) => weight(b) - weight(a) || (a.id < b.id ? -1 : 1));
    capped = unlinked.length - scope.isolatedCap;
    unlinked.length = scope.isolatedCap;
  }
  nodes.push(...unlinked);
  return { nodes, edges: finalEdges, totals: { nodes: corpus.entities.size, edges: edges.size, statements, capped } };
}

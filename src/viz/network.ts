import type { EdgeRel, EntityTypeName, GraphEdge, KindName, StanceName } from './api-types.js';
import type { VizCorpus, VizStatement } from './corpus.js';
import { stanceTowards, type FilterScope } from './filters.js';

/** An entity of the filtered network with what it counts there. */
export interface NetNode {
  id: string;
  label: string;
  type: EntityTypeName;
  /** Statements it is the speaker of. */
  quoted: number;
  /** Times named in the filtered documents. */
  mentioned: number;
  /** Statements about or addressed to it. */
  targeted: number;
  /** The overview's score (see `scoreOf`). */
  score: number;
}

/** The whole network the filters leave: every entity named or quoted, every aggregated edge. */
export interface Network {
  nodes: Map<string, NetNode>;
  edges: GraphEdge[];
  /** Statements within the filters. */
  statements: number;
}

/** The id of the aggregated edge for (rel, speaker, target); the page sends it back as is. */
export function edgeId(rel: EdgeRel, source: string, target: string): string {
  return `${rel}|${source}|${target}`;
}

/**
 * The score that ranks entities for the overview: the statements it said, plus those about or
 * to it, plus a tenth of its mentions (so that, among entities nobody quotes, the most named
 * come first).
 */
export function scoreOf(n: Pick<NetNode, 'quoted' | 'targeted' | 'mentioned'>): number {
  return n.quoted + n.targeted + n.mentioned / 10;
}

export const SCORE_TEXT = 'statements said + statements about or to it + a tenth of its mentions';

/** Edges under construction: the claims behind each, counted once however many copies. */
class EdgeTally {
  readonly edges = new Map<string, GraphEdge>();
  private readonly claimKeys = new Map<string, Set<string>>();

  add(rel: EdgeRel, source: string, target: string, s: VizStatement, stance: StanceName): void {
    const id = edgeId(rel, source, target);
    let edge = this.edges.get(id);
    if (!edge) {
      edge = { id, source, target, rel, count: 0, claims: 0, kinds: { direct: 0, partial: 0, indirect: 0 }, stances: { support: 0, oppose: 0, neutral: 0 } };
      this.edges.set(id, edge);
      this.claimKeys.set(id, new Set());
    }
    edge.count++;
    edge.kinds[s.kind as KindName]++;
    edge.stances[stance]++;
    const keys = this.claimKeys.get(id)!;
    keys.add(s.claimId ?? s.id);
    edge.claims = keys.size;
  }
}

/**
 * The network of the filtered statements: one node per entity that the filtered documents name
 * or quote, one edge per (speaker, target, rel). `min` drops edges with fewer statements and
 * nodes quoted-plus-mentioned fewer times; `isolated=hide` drops entities without an edge.
 */
export function buildNetwork(corpus: VizCorpus, scope: FilterScope): Network {
  const nodes = new Map<string, NetNode>();
  const node = (id: string): NetNode => {
    let n = nodes.get(id);
    if (!n) {
      const e = corpus.entities.get(id)!;
      nodes.set(id, (n = { id, label: e.name, type: e.type, quoted: 0, mentioned: 0, targeted: 0, score: 0 }));
    }
    return n;
  };
  for (const e of corpus.entities.values()) {
    if (!scope.typeAllowed(e.type)) continue;
    let mentioned = 0;
    for (const [docId, n] of e.mentionsByDoc) if (scope.docAllowed(docId)) mentioned += n;
    if (mentioned > 0) node(e.id).mentioned = mentioned;
  }
  const tally = new EdgeTally();
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
    if (speaker) node(speaker).quoted++;
    const addressee = s.addressee?.entityId;
    if (allowed(addressee)) {
      node(addressee).targeted++;
      if (speaker && addressee !== speaker) tally.add('addressed', speaker, addressee, s, 'neutral');
    }
    for (const target of new Set(s.about)) {
      if (!allowed(target) || !scope.targetAllowed(s, target)) continue;
      node(target).targeted++;
      if (speaker && target !== speaker) tally.add('about', speaker, target, s, stanceTowards(s, target));
    }
  }
  const nodeOk = (n: NetNode | undefined) => n !== undefined && n.quoted + n.mentioned + n.targeted > 0 && n.quoted + n.mentioned >= scope.min;
  const edges = [...tally.edges.values()].filter((e) => e.count >= scope.min && nodeOk(nodes.get(e.source)) && nodeOk(nodes.get(e.target)));
  const linked = new Set<string>();
  for (const e of edges) linked.add(e.source).add(e.target);
  for (const [id, n] of nodes) {
    if (!nodeOk(n) || (scope.hideIsolated && !linked.has(id))) nodes.delete(id);
    else n.score = scoreOf(n);
  }
  return { nodes, edges, statements };
}

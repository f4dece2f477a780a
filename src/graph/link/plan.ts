import { linkUnits } from '../../extract/link/clusters.js';
import type { MentionSpans } from '../model.js';
import type { GraphEntity, GraphUnit } from './read.js';

/** What `claimgraph link` changes in the graph, decided before anything is written. */
export interface LinkPlan {
  /** Entity nodes to create or to give a new name, aliases or type: one a cluster that differs. */
  upserts: GraphEntity[];
  /** A unit to move: everything `from` has in document `doc` goes to `to`. */
  moves: { from: string; to: string; doc: string }[];
  /** The MENTIONED_IN each moved unit ends in: every mention its cluster has in the document. */
  mentions: { entity: string; doc: string; count: number; mentions: string }[];
  /** Entities that lose every unit and are no cluster's: removed once nothing links to them. */
  emptied: string[];
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Plan the link of a graph: cluster its units as a snapshot's linking does (src/extract/link/),
 * then move each unit that sits on another entity than its cluster's, write the clusters' names
 * and aliases where they differ, and drop the entities left empty. A graph already linked gives
 * an empty plan.
 */
export function planLink(units: GraphUnit[], entities: GraphEntity[]): LinkPlan {
  const known = new Map(entities.map((e) => [e.id, e]));
  const plan: LinkPlan = { upserts: [], moves: [], mentions: [], emptied: [] };
  const clusterIds = new Set<string>();
  const kept = new Set<string>();
  const left = new Set<string>();
  for (const c of linkUnits(units)) {
    clusterIds.add(c.id);
    const node = known.get(c.id);
    if (!node || node.name !== c.name || node.type !== c.type || !sameList(node.aliases, c.aliases)) {
      plan.upserts.push({ id: c.id, type: c.type, name: c.name, aliases: c.aliases });
    }
    const movedDocs = new Set<string>();
    for (const i of c.units) {
      const u = units[i]!;
      if (u.entityId === c.id) {
        kept.add(u.entityId);
        continue;
      }
      plan.moves.push({ from: u.entityId, to: c.id, doc: u.docId });
      left.add(u.entityId);
      if (u.mentions.length > 0) movedDocs.add(u.docId);
    }
    for (const doc of [...movedDocs].sort()) {
      const spans: MentionSpans = c.units.flatMap((i) => (units[i]!.docId === doc ? units[i]!.mentions : []));
      spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      plan.mentions.push({ entity: c.id, doc, count: spans.length, mentions: JSON.stringify(spans) });
    }
  }
  plan.emptied = [...left].filter((id) => !kept.has(id) && !clusterIds.has(id)).sort();
  return plan;
}

import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { GraphEdge, PropertyType } from '../model.js';
import { edgeCreateCypher, edgeMergeCypher, ownerMergeCypher, type EdgeRow, type End } from './cypher.js';
import { OWNER_LABELS, type OwnerLabel, type UnitBatch } from './plan.js';

/** What writing a batch needs to know about the whole graph. */
export interface UnitContext {
  nodeTypes: Map<string, PropertyType>;
  edgeTypes: Map<string, PropertyType>;
  /** Relationship types merged on their own id (the snapshot's relations). */
  relationTypes: Set<string>;
  /** The property keys each relationship type carries (see planLoad). */
  edgeKeys: Map<string, string[]>;
}

/** Neo4j's integers: JavaScript numbers would be sent as floats. */
export function typedProps(props: Record<string, unknown>, types: Map<string, PropertyType>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) {
    const type = types.get(k);
    if (type === 'long' && typeof v === 'number') out[k] = neo4j.int(v);
    else if (type === 'long[]' && Array.isArray(v)) out[k] = v.map((x) => neo4j.int(x as number));
    else out[k] = v;
  }
  return out;
}

/**
 * Write one batch of documents in the running transaction: merge its documents, then its
 * statements, learning which this transaction created; then the relationships they own —
 * created outright where the owner is new (it cannot have any yet, and other transactions cannot
 * see it before this one commits), merged otherwise. Throws what the driver throws; the caller's
 * managed transaction retries the whole batch.
 */
export async function writeUnitBatch(tx: ManagedTransaction, batch: UnitBatch, ctx: UnitContext): Promise<void> {
  const created: Record<OwnerLabel, Set<string>> = { Document: new Set(), Statement: new Set() };
  for (const label of OWNER_LABELS) {
    const rows = batch.nodes[label].map((r) => ({ id: r.id, props: typedProps(r.props, ctx.nodeTypes) }));
    if (rows.length === 0) continue;
    const result = await tx.run(ownerMergeCypher(label), { rows });
    for (const id of (result.records[0]?.get('created') as string[] | undefined) ?? []) created[label].add(id);
  }
  // Relationships to create, per type; to merge, per Cypher text (one a type), in first-seen order.
  const toCreate = new Map<string, GraphEdge[]>();
  const toMerge = new Map<string, EdgeRow[]>();
  for (const { edge: e, owner } of batch.edges) {
    if (owner !== undefined && created[owner.label].has(owner.id)) {
      const key = `${e.type} ${e.sourceLabel} ${e.targetLabel}`;
      let edges = toCreate.get(key);
      if (!edges) toCreate.set(key, (edges = []));
      edges.push(e);
      continue;
    }
    const keyed = ctx.relationTypes.has(e.type);
    const cypher = edgeMergeCypher(e.type, e.sourceLabel, e.targetLabel, keyed);
    let rows = toMerge.get(cypher);
    if (!rows) toMerge.set(cypher, (rows = []));
    const props = typedProps(e.properties, ctx.edgeTypes);
    rows.push(keyed ? { source: e.source, target: e.target, id: e.id, props } : { source: e.source, target: e.target, props });
  }
  for (const edges of toCreate.values()) {
    const { by, rows } = groupedByEnd(edges, ctx.edgeTypes);
    const e = edges[0]!;
    await tx.run(edgeCreateCypher(e.type, e.sourceLabel, e.targetLabel, ctx.edgeKeys.get(e.type) ?? [], by), { rows });
  }
  for (const [cypher, rows] of toMerge) await tx.run(cypher, { rows });
}

/** Rows of edgeCreateCypher: the edges grouped by whichever end has fewer distinct nodes. */
function groupedByEnd(edges: GraphEdge[], types: Map<string, PropertyType>): { by: End; rows: { id: string; edges: { id: string; props: Record<string, unknown> }[] }[] } {
  const by: End = new Set(edges.map((e) => e.source)).size <= new Set(edges.map((e) => e.target)).size ? 'source' : 'target';
  const rows = new Map<string, { id: string; props: Record<string, unknown> }[]>();
  for (const e of edges) {
    const [here, there] = by === 'source' ? [e.source, e.target] : [e.target, e.source];
    let list = rows.get(here);
    if (!list) rows.set(here, (list = []));
    list.push({ id: there, props: typedProps(e.properties, types) });
  }
  return { by, rows: [...rows].map(([id, list]) => ({ id, edges: list })) };
}

import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphEdge, PropertyType } from '../model.js';
import { CREATE_LEAD, EDGE_LEAD, edgeCreateCypher, edgeMergeCypher, ownerMergeCypher, type End } from './cypher.js';
import { OWNER_LABELS, type OwnerLabel, type UnitBatch } from './plan.js';
import { RowLayout } from './rows.js';

/** What writing a batch needs to know about the whole graph. */
export interface UnitContext {
  nodeTypes: Map<string, PropertyType>;
  edgeTypes: Map<string, PropertyType>;
  /** Relationship types merged on their own id (the snapshot's relations). */
  relationTypes: Set<string>;
  /** The property keys of each node group and relationship type (see planLoad). */
  nodeKeys: Map<string, string[]>;
  edgeKeys: Map<string, string[]>;
}

/**
 * Write one batch of documents in the running transaction: merge its documents, then its
 * statements, learning which this transaction created; then the relationships they own —
 * created outright where the owner is new (it cannot have any yet, and other transactions cannot
 * see it before this one commits), merged otherwise. Throws what the driver throws; the caller's
 * managed transaction retries the whole batch.
 */
export async function writeUnitBatch(tx: Pick<ManagedTransaction, 'run'>, batch: UnitBatch, ctx: UnitContext): Promise<void> {
  const created: Record<OwnerLabel, Set<string>> = { Document: new Set(), Statement: new Set() };
  for (const label of OWNER_LABELS) {
    if (batch.nodes[label].length === 0) continue;
    const layout = new RowLayout(ctx.nodeKeys.get(label) ?? ['id']);
    const rows = batch.nodes[label].map((r) => layout.row([], r.props, ctx.nodeTypes));
    const result = await tx.run(ownerMergeCypher(label, layout), { rows });
    for (const id of (result.records[0]?.get('created') as string[] | undefined) ?? []) created[label].add(id);
  }
  // Relationships to create, and to merge, per type and end labels, in first-seen order.
  const toCreate = new Map<string, GraphEdge[]>();
  const toMerge = new Map<string, GraphEdge[]>();
  for (const { edge: e, owner } of batch.edges) {
    const into = owner !== undefined && created[owner.label].has(owner.id) ? toCreate : toMerge;
    const key = `${e.type} ${e.sourceLabel} ${e.targetLabel}`;
    let edges = into.get(key);
    if (!edges) into.set(key, (edges = []));
    edges.push(e);
  }
  for (const edges of toCreate.values()) {
    const e = edges[0]!;
    const layout = new RowLayout(ctx.edgeKeys.get(e.type) ?? [], CREATE_LEAD);
    const { by, rows } = groupedByEnd(edges, layout, ctx.edgeTypes);
    await tx.run(edgeCreateCypher(e.type, e.sourceLabel, e.targetLabel, layout, by), { rows });
  }
  for (const edges of toMerge.values()) {
    const e = edges[0]!;
    const layout = new RowLayout(ctx.edgeKeys.get(e.type) ?? [], EDGE_LEAD);
    const rows = edges.map((m) => layout.row([m.source, m.target], m.properties, ctx.edgeTypes));
    await tx.run(edgeMergeCypher(e.type, e.sourceLabel, e.targetLabel, ctx.relationTypes.has(e.type), layout), { rows });
  }
}

/** Rows of edgeCreateCypher: the edges grouped by whichever end has fewer distinct nodes. */
function groupedByEnd(edges: GraphEdge[], layout: RowLayout, types: Map<string, PropertyType>): { by: End; rows: [string, unknown[][]][] } {
  const by: End = new Set(edges.map((e) => e.source)).size <= new Set(edges.map((e) => e.target)).size ? 'source' : 'target';
  const rows = new Map<string, unknown[][]>();
  for (const e of edges) {
    const [here, there] = by === 'source' ? [e.source, e.target] : [e.target, e.source];
    let list = rows.get(here);
    if (!list) rows.set(here, (list = []));
    list.push(layout.row([there], e.properties, types));
  }
  return { by, rows: [...rows] };
}

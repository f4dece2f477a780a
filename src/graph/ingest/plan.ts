import type { GraphEdge, GraphModel } from '../model.js';
import { groupBy, nodeGroup, nodeUpserts, type Upsert } from './cypher.js';
import { keysOf } from './rows.js';

/**
 * How a load is cut into write transactions, decided before anything is written.
 *
 * Entities and claims come first: they are shared by documents. Then each document travels in one
 * transaction with its statements and every relationship they own, so a transaction that creates
 * a document or a statement also creates its relationships — nobody else can have linked a node
 * that was not there before the transaction, so those need no MERGE (see load.ts).
 */

/** The labels of the nodes that own relationships, in the order a transaction merges them. */
export const OWNER_LABELS = ['Document', 'Statement'] as const;
export type OwnerLabel = (typeof OWNER_LABELS)[number];

/** A document or statement to write: its id and properties. */
export interface NodeRow {
  id: string;
  props: Record<string, unknown>;
}

/** A node that owns relationships. */
export interface Owner {
  label: OwnerLabel;
  id: string;
}

/** A relationship with the node that owns it, if any. */
export interface OwnedEdge {
  edge: GraphEdge;
  owner?: Owner;
}

/** Documents, statements and the relationships they own, written in one transaction. */
export interface UnitBatch {
  nodes: Record<OwnerLabel, NodeRow[]>;
  edges: OwnedEdge[];
  /** Nodes and relationships in the batch. */
  size: number;
}

export interface LoadPlan {
  /** Entity and claim upserts, a slice of one group's rows each; independent of each other. */
  entities: Upsert[];
  /** Batches of whole documents; independent of each other once the entities are in. */
  units: UnitBatch[];
  /**
   * The property keys each node group (see nodeGroup) and each relationship type carries anywhere
   * in the graph, in first-seen order: every batch of a load lays its rows out the same way, so
   * the server plans each statement once.
   */
  nodeKeys: Map<string, string[]>;
  edgeKeys: Map<string, string[]>;
}

/**
 * The node that owns a relationship: its statement end, else its document end, else the
 * document its `docId` names (a relation's evidence). Undefined for none of these.
 */
export function ownerOf(edge: GraphEdge): Owner | undefined {
  if (edge.sourceLabel === 'Statement') return { label: 'Statement', id: edge.source };
  if (edge.targetLabel === 'Statement') return { label: 'Statement', id: edge.target };
  if (edge.sourceLabel === 'Document') return { label: 'Document', id: edge.source };
  if (edge.targetLabel === 'Document') return { label: 'Document', id: edge.target };
  const docId = edge.properties.docId;
  return typeof docId === 'string' ? { label: 'Document', id: docId } : undefined;
}

/** Below this many rows a transaction is not split further to give every worker some. */
const MIN_SLICE = 1_000;

/**
 * Rows a transaction takes: at most `batchSize`, in a number of transactions that is a multiple
 * of `concurrency` (so that the workers finish together, none idle through the last one), unless
 * that would make transactions smaller than MIN_SLICE.
 */
export function sliceSize(total: number, batchSize: number, concurrency: number): number {
  const workers = Math.max(1, concurrency);
  const slices = Math.max(workers, Math.ceil(Math.ceil(total / batchSize) / workers) * workers);
  return Math.max(1, Math.min(batchSize, Math.max(MIN_SLICE, Math.ceil(total / slices))));
}

interface Unit {
  nodes: Record<OwnerLabel, NodeRow[]>;
  edges: OwnedEdge[];
}

function isOwnerLabel(label: string | undefined): label is OwnerLabel {
  return (OWNER_LABELS as readonly string[]).includes(label ?? '');
}

/**
 * One unit a document id: the document, its statements and what they own. Relationships owned by
 * nothing (the graph model has none today) make one more unit, where everything is merged.
 */
function documentUnits(graph: GraphModel): Unit[] {
  const units = new Map<string, Unit>();
  const unitOf = (docId: string): Unit => {
    let unit = units.get(docId);
    if (!unit) units.set(docId, (unit = { nodes: { Document: [], Statement: [] }, edges: [] }));
    return unit;
  };
  // A statement's unit is its document's.
  const docOfStatement = new Map<string, string>();
  for (const n of graph.nodes) {
    const label = n.labels[0];
    if (!isOwnerLabel(label)) continue;
    const docId = label === 'Document' ? n.id : String(n.properties.docId);
    if (label === 'Statement') docOfStatement.set(n.id, docId);
    unitOf(docId).nodes[label].push({ id: n.id, props: n.properties });
  }
  const unowned: Unit = { nodes: { Document: [], Statement: [] }, edges: [] };
  // A relationship given twice (only a snapshot that was never checked can do that) is created
  // once, with its last properties, as merging it twice would leave it.
  const edges = new Map(graph.edges.map((e) => [`${e.type} ${e.id}`, e]));
  for (const edge of edges.values()) {
    const owner = ownerOf(edge);
    if (owner === undefined) unowned.edges.push({ edge });
    // A relation may name a document the graph does not hold: nothing in its unit creates that
    // document, so the relation is merged.
    else unitOf(owner.label === 'Statement' ? (docOfStatement.get(owner.id) ?? '') : owner.id).edges.push({ edge, owner });
  }
  return unowned.edges.length > 0 ? [...units.values(), unowned] : [...units.values()];
}

/**
 * Cut a graph into transactions: entity and claim upserts sliced so that `concurrency` of them can run at
 * once, then documents with what they own, whole documents a batch, up to about `batchSize` rows.
 */
export function planLoad(graph: GraphModel, options: { batchSize: number; concurrency: number }): LoadPlan {
  const entityUpserts = nodeUpserts(graph.nodes).filter((u) => u.group.startsWith('Entity:') || u.group === 'Claim');
  const entityRows = entityUpserts.reduce((sum, u) => sum + u.rows.length, 0);
  const entitySlice = sliceSize(entityRows, options.batchSize, options.concurrency);
  const entities = entityUpserts.flatMap((u) => {
    const out: Upsert[] = [];
    for (let i = 0; i < u.rows.length; i += entitySlice) out.push({ ...u, rows: u.rows.slice(i, i + entitySlice) });
    return out;
  });

  const units = documentUnits(graph);
  const unitRows = units.reduce((sum, u) => sum + u.nodes.Document.length + u.nodes.Statement.length + u.edges.length, 0);
  const unitSlice = sliceSize(unitRows, options.batchSize, options.concurrency);
  const batches: UnitBatch[] = [];
  let current: UnitBatch | undefined;
  for (const unit of units) {
    if (!current || current.size >= unitSlice) batches.push((current = { nodes: { Document: [], Statement: [] }, edges: [], size: 0 }));
    for (const label of OWNER_LABELS) current.nodes[label].push(...unit.nodes[label]);
    current.edges.push(...unit.edges);
    current.size += unit.nodes.Document.length + unit.nodes.Statement.length + unit.edges.length;
  }

  const nodeKeys = new Map([...groupBy(graph.nodes, nodeGroup)].map(([group, nodes]) => [group, keysOf(nodes)]));
  const edgeKeys = new Map([...groupBy(graph.edges, (e) => e.type)].map(([type, edges]) => [type, keysOf(edges)]));
  return { entities, units: batches, nodeKeys, edgeKeys };
}

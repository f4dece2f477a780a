import type { GraphEdge, GraphNode } from '../model.js';
import { ENTITY_LABELS, NODE_LABELS } from '../model.js';

/**
 * The Cypher that writes the graph model, shared by the loader (run with `$rows` as a parameter)
 * and the Cypher exporter (which puts the rows in as a literal). Labels and relationship types
 * cannot be parameters in a MERGE that uses an index, so they are checked identifiers, quoted.
 */

/** A label or relationship type, checked and quoted for Cypher text. */
export function cypherName(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`graph/cypher: not a valid label or type: ${JSON.stringify(name)}`);
  return `\`${name}\``;
}

/** The schema: a uniqueness constraint on the id of every label, and the full-text indexes. */
export function schemaStatements(relationTypes: string[] = []): string[] {
  const labels = [...NODE_LABELS, ...ENTITY_LABELS];
  return [
    ...labels.map((l) => `CREATE CONSTRAINT ${l.toLowerCase()}_id IF NOT EXISTS FOR (n:${cypherName(l)}) REQUIRE n.id IS UNIQUE`),
    ...relationTypes.map((t) => `CREATE CONSTRAINT rel_${t.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${cypherName(t)}]-() REQUIRE r.id IS UNIQUE`),
    // Stale statements of a re-ingested document are found through their docId.
    'CREATE INDEX statement_doc_id IF NOT EXISTS FOR (n:Statement) ON (n.docId)',
    'CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases]',
    'CREATE FULLTEXT INDEX statement_content IF NOT EXISTS FOR (n:Statement) ON EACH [n.content]',
  ];
}

/** A row of a node upsert. */
export interface NodeRow {
  id: string;
  props: Record<string, unknown>;
}

/** A row of a relationship upsert. */
export interface EdgeRow {
  source: string;
  target: string;
  id?: string;
  props: Record<string, unknown>;
}

/** One batched write: its Cypher, which reads `$rows`, and the rows. */
export interface Upsert {
  /** Names the group in progress and errors, e.g. `Entity:Person` or `SAID`. */
  group: string;
  cypher: string;
  rows: (NodeRow | EdgeRow)[];
}

/**
 * Upsert of the nodes of one group. Documents and statements take exactly the snapshot's
 * properties (`SET n = …`, so a property the new snapshot lacks is removed). An entity keeps the
 * aliases it already had (entities span documents, and shards of a corpus each know some).
 */
function nodeCypher(group: string): string {
  if (group === 'Document' || group === 'Statement') return `UNWIND $rows AS row MERGE (n:${cypherName(group)} {id: row.id}) SET n = row.props`;
  const type = group.slice('Entity:'.length);
  const others = ENTITY_LABELS.filter((l) => l !== type).map(cypherName).join(':');
  return [
    'UNWIND $rows AS row MERGE (n:Entity {id: row.id})',
    'WITH n, row, [a IN coalesce(n.aliases, []) WHERE NOT a IN row.props.aliases AND a <> row.props.name] AS kept',
    `SET n.name = row.props.name, n.aliases = row.props.aliases + kept, n:${cypherName(type)}`,
    `REMOVE n:${others}`,
  ].join(' ');
}

/** Relationship types that never carry properties: no SET (which would read and rewrite them). */
const BARE_TYPES = new Set(['REPORTED_IN', 'ABOUT']);

/** Both ends of each row's relationship, by id; seeks forced (see the note in stale.ts). */
const matchEnds = (sourceLabel: string, targetLabel: string) => {
  const [a, b] = [cypherName(sourceLabel), cypherName(targetLabel)];
  return `UNWIND $rows AS row MATCH (a:${a} {id: row.source}) USING INDEX SEEK a:${a}(id) MATCH (b:${b} {id: row.target}) USING INDEX SEEK b:${b}(id)`;
};

/**
 * Upsert of one relationship type between labelled endpoints (rows `{source, target, id?, props}`);
 * relations merge on their id. `SET r = row.props` removes what the snapshot no longer holds.
 */
export function edgeMergeCypher(type: string, sourceLabel: string, targetLabel: string, keyed: boolean): string {
  const rel = keyed ? `[r:${cypherName(type)} {id: row.id}]` : `[r:${cypherName(type)}]`;
  return `${matchEnds(sourceLabel, targetLabel)} MERGE (a)-${rel}->(b)${BARE_TYPES.has(type) ? '' : ' SET r = row.props'}`;
}

/** Which end of a relationship the rows of a creation are grouped by. */
export type End = 'source' | 'target';

/**
 * Creation of relationships of one type that cannot exist yet, grouped by one end: rows
 * `{id, edges: [{id, props}]}` give that end's id and, per relationship, the other end's id and
 * the properties. Grouped by the end that repeats (a document's mentions, a speaker's
 * statements), each node is looked up once per batch rather than once per relationship. The
 * property keys are spelled out: `SET r = row.props` would make Cypher buffer every row first (an
 * Eager, as a map may hold any key that a later MATCH reads).
 */
export function edgeCreateCypher(type: string, sourceLabel: string, targetLabel: string, keys: string[], by: End): string {
  const key = (k: string) => `\`${k.replace(/`/g, '``')}\``;
  const props = keys.length > 0 ? ` {${keys.map((k) => `${key(k)}: e.props.${key(k)}`).join(', ')}}` : '';
  const [x, y] = by === 'source' ? [cypherName(sourceLabel), cypherName(targetLabel)] : [cypherName(targetLabel), cypherName(sourceLabel)];
  const rel = `[:${cypherName(type)}${props}]`;
  return [
    `UNWIND $rows AS row MATCH (x:${x} {id: row.id}) USING INDEX SEEK x:${x}(id)`,
    `UNWIND row.edges AS e MATCH (y:${y} {id: e.id}) USING INDEX SEEK y:${y}(id)`,
    by === 'source' ? `CREATE (x)-${rel}->(y)` : `CREATE (y)-${rel}->(x)`,
  ].join(' ');
}

/** Marks a node as created by the running statement; removed by the same statement's SET. */
const CREATED_MARK = '__claimgraphCreated';

/**
 * Upsert of documents or statements (rows `{id, props}`) that returns the ids this transaction
 * created: those have no relationships yet, and no other transaction can link them before this
 * one commits (a concurrent MERGE of the same id waits on the uniqueness constraint's lock).
 */
export function ownerMergeCypher(label: string): string {
  return [
    `UNWIND $rows AS row MERGE (n:${cypherName(label)} {id: row.id}) ON CREATE SET n.${CREATED_MARK} = true`,
    `WITH n, row, n.${CREATED_MARK} IS NOT NULL AS created SET n = row.props`,
    'WITH row WHERE created RETURN collect(row.id) AS created',
  ].join(' ');
}

function nodeGroup(n: GraphNode): string {
  return n.labels[0] === 'Entity' ? `Entity:${n.labels[1]}` : n.labels[0]!;
}

/** Group rows by their Cypher, keeping first-seen order. */
function grouped<T, R>(items: T[], key: (item: T) => string, cypher: (item: T) => string, row: (item: T) => R): { group: string; cypher: string; rows: R[] }[] {
  const groups = new Map<string, { group: string; cypher: string; rows: R[] }>();
  for (const item of items) {
    const k = key(item);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { group: k, cypher: cypher(item), rows: [] }));
    g.rows.push(row(item));
  }
  return [...groups.values()];
}

/** The node upserts, in order: documents, entities (one group a type), statements. */
export function nodeUpserts(nodes: GraphNode[]): Upsert[] {
  const order = (g: string) => (g === 'Document' ? 0 : g === 'Statement' ? 2 : 1);
  return grouped(nodes, nodeGroup, (n) => nodeCypher(nodeGroup(n)), (n): NodeRow => ({ id: n.id, props: n.properties })).sort((a, b) => order(a.group) - order(b.group));
}

/** The relationship upserts, one group a type (and endpoint labels). */
export function edgeUpserts(edges: GraphEdge[], relationTypes: Set<string>): Upsert[] {
  return grouped(
    edges,
    (e) => `${e.type}`,
    (e) => edgeMergeCypher(e.type, e.sourceLabel, e.targetLabel, relationTypes.has(e.type)),
    (e): EdgeRow => (relationTypes.has(e.type) ? { source: e.source, target: e.target, id: e.id, props: e.properties } : { source: e.source, target: e.target, props: e.properties }),
  );
}

import type { GraphEdge, GraphNode } from '../model.js';
import { ENTITY_LABELS, NODE_LABELS } from '../model.js';
import { keysOf, RowLayout } from './rows.js';

/**
 * The Cypher that writes the graph model, shared by the loader (run with `$rows` as a parameter)
 * and the Cypher exporter (which puts the rows in as a literal). Rows are lists (see rows.ts).
 * Labels and relationship types cannot be parameters in a MERGE that uses an index, so they are
 * checked identifiers, quoted.
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
    'CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases]',
    'CREATE FULLTEXT INDEX statement_content IF NOT EXISTS FOR (n:Statement) ON EACH [n.content]',
  ];
}

/** One batched write: its Cypher, which reads `$rows`, and the rows, as lists laid out by `layout`. */
export interface Upsert {
  /** Names the group in progress and errors, e.g. `Entity:Person` or `SAID`. */
  group: string;
  cypher: string;
  layout: RowLayout;
  rows: unknown[][];
}

/** Marks a node as locked by the running statement before it reads what it merges; removed by the same statement. */
const LOCK_MARK = '__claimgraphLock';

/**
 * Upsert of the nodes of one group, rows laid out by `layout` (the group's property keys, `id`
 * among them). Documents and statements take exactly the snapshot's properties (`SET n = …`, so a
 * property the new snapshot lacks is removed). Entities and claims span documents, and shares of
 * a corpus loaded in any order (or at once) must end alike, so what a load writes into one that
 * exists is a function of both that does not care which came first (see entityCypher, claimCypher).
 */
function nodeCypher(group: string, layout: RowLayout): string {
  const id = layout.prop('id');
  if (group === 'Document' || group === 'Statement') return `UNWIND $rows AS row MERGE (n:${cypherName(group)} {id: ${id}}) SET n = ${layout.props()}`;
  if (group === 'Claim') return claimCypher(layout);
  return entityCypher(group.slice('Entity:'.length), layout);
}

/**
 * An entity's upsert. The name is the longer of the two (of equal lengths, the first in
 * code-unit order); the aliases are every name and alias either gave but that one, each once, in
 * order: so A then B, B then A and both at once give one graph. The node is locked (a property
 * written and removed) before its name and aliases are read, so that concurrent loads of the same
 * entity wait for each other instead of losing each other's aliases.
 */
function entityCypher(type: string, layout: RowLayout): string {
  const [id, name, aliases] = [layout.prop('id'), layout.prop('name'), layout.propOr('aliases')];
  const others = ENTITY_LABELS.filter((l) => l !== type).map(cypherName).join(':');
  return [
    `UNWIND $rows AS row MERGE (n:Entity {id: ${id}}) SET n.${LOCK_MARK} = true`,
    `WITH n, row, coalesce(n.name, ${name}) AS old`,
    `WITH n, row, old, CASE WHEN size(${name}) > size(old) OR (size(${name}) = size(old) AND ${name} < old) THEN ${name} ELSE old END AS name`,
    `CALL (n, row, old, name) { UNWIND coalesce(n.aliases, []) + coalesce(${aliases}, []) + [old, ${name}] AS alias WITH DISTINCT alias WHERE alias <> name ORDER BY alias RETURN collect(alias) AS aliases }`,
    `SET n.name = name, n.aliases = CASE size(aliases) WHEN 0 THEN null ELSE aliases END, n:${cypherName(type)}`,
    `REMOVE n:${others}, n.${LOCK_MARK}`,
  ].join(' ');
}

/** The order in which claims were first seen, as text: dated before undated, then by date, then by statement id. */
function firstSeenKey(publishedAt: string, statementId: string): string {
  return `coalesce(${publishedAt}, '\\uffff') + '|' + ${statementId}`;
}

/**
 * A claim's upsert: its properties are those of the load that saw it first (see firstSeenKey), so
 * the order of loads does not matter; a load with the same first sighting (a newer snapshot of
 * the same documents) rewrites them. Which statements carry it is what their PART_OF
 * relationships say.
 */
function claimCypher(layout: RowLayout): string {
  const given = firstSeenKey(layout.propOr('firstSeenPublishedAt'), layout.prop('firstSeenStatementId'));
  const stored = firstSeenKey('n.firstSeenPublishedAt', 'n.firstSeenStatementId');
  return [
    `UNWIND $rows AS row MERGE (n:Claim {id: ${layout.prop('id')}}) SET n.${LOCK_MARK} = true`,
    `WITH n, row, n.firstSeenStatementId IS NULL OR ${given} <= ${stored} AS first`,
    `FOREACH (_ IN CASE WHEN first THEN [1] ELSE [] END | SET n = ${layout.props()})`,
    `REMOVE n.${LOCK_MARK}`,
  ].join(' ');
}

/** Relationship types that never carry properties: no SET (which would read and rewrite them). */
const BARE_TYPES = new Set(['REPORTED_IN', 'PART_OF']);

/** The lead values of a merged relationship's row: the ids of its ends. */
export const EDGE_LEAD = ['source', 'target'] as const;

/**
 * Upsert of one relationship type between labelled endpoints, rows laid out by `layout` (lead
 * EDGE_LEAD, then the type's property keys); relations merge on their id property, looked up by
 * forced index seeks (see the note in stale.ts). `SET r = …` removes what the snapshot no longer
 * holds.
 */
export function edgeMergeCypher(type: string, sourceLabel: string, targetLabel: string, keyed: boolean, layout: RowLayout): string {
  const [a, b] = [cypherName(sourceLabel), cypherName(targetLabel)];
  const rel = keyed ? `[r:${cypherName(type)} {id: ${layout.prop('id')}}]` : `[r:${cypherName(type)}]`;
  return [
    `UNWIND $rows AS row MATCH (a:${a} {id: ${layout.leadAt('source')}}) USING INDEX SEEK a:${a}(id)`,
    `MATCH (b:${b} {id: ${layout.leadAt('target')}}) USING INDEX SEEK b:${b}(id)`,
    `MERGE (a)-${rel}->(b)${BARE_TYPES.has(type) ? '' : ` SET r = ${layout.props()}`}`,
  ].join(' ');
}

/** Which end of a relationship the rows of a creation are grouped by. */
export type End = 'source' | 'target';

/** The lead value of a created relationship's row within its group: the id of its other end. */
export const CREATE_LEAD = ['other'] as const;

/**
 * Creation of relationships of one type that cannot exist yet, grouped by one end: rows
 * `[id, edges]` give that end's id and its relationships, each a row laid out by `layout` (lead
 * CREATE_LEAD, the other end's id, then the properties). Grouped by the end that repeats (a
 * document's mentions, a speaker's statements), each node is looked up once per batch rather than
 * once per relationship.
 */
export function edgeCreateCypher(type: string, sourceLabel: string, targetLabel: string, layout: RowLayout, by: End): string {
  const [x, y] = by === 'source' ? [cypherName(sourceLabel), cypherName(targetLabel)] : [cypherName(targetLabel), cypherName(sourceLabel)];
  const rel = `[:${cypherName(type)}${layout.keys.length > 0 ? ` ${layout.props('e')}` : ''}]`;
  return [
    `UNWIND $rows AS row MATCH (x:${x} {id: row[0]}) USING INDEX SEEK x:${x}(id)`,
    `UNWIND row[1] AS e MATCH (y:${y} {id: ${layout.leadAt('other', 'e')}}) USING INDEX SEEK y:${y}(id)`,
    by === 'source' ? `CREATE (x)-${rel}->(y)` : `CREATE (y)-${rel}->(x)`,
  ].join(' ');
}

/** Marks a node as created by the running statement; removed by the same statement's SET. */
const CREATED_MARK = '__claimgraphCreated';

/**
 * Upsert of documents or statements (rows laid out by `layout`) that returns the ids this
 * transaction created: those have no relationships yet, and no other transaction can link them
 * before this one commits (a concurrent MERGE of the same id waits on the uniqueness constraint's
 * lock).
 */
export function ownerMergeCypher(label: string, layout: RowLayout): string {
  const id = layout.prop('id');
  return [
    `UNWIND $rows AS row MERGE (n:${cypherName(label)} {id: ${id}}) ON CREATE SET n.${CREATED_MARK} = true`,
    `WITH n, row, n.${CREATED_MARK} IS NOT NULL AS created SET n = ${layout.props()}`,
    `WITH row WHERE created RETURN collect(${id}) AS created`,
  ].join(' ');
}

/** The group of a node: its primary label, and an entity's type. */
export function nodeGroup(n: GraphNode): string {
  return n.labels[0] === 'Entity' ? `Entity:${n.labels[1]}` : n.labels[0]!;
}

/** Items by key, keeping first-seen order. */
export function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(item);
  }
  return groups;
}

/** The node upserts, in order: documents, entities (one group a type), statements. */
export function nodeUpserts(nodes: GraphNode[]): Upsert[] {
  const order = (g: string) => (g === 'Document' ? 0 : g === 'Statement' ? 2 : 1);
  return [...groupBy(nodes, nodeGroup)]
    .map(([group, members]): Upsert => {
      const layout = new RowLayout(keysOf(members));
      return { group, cypher: nodeCypher(group, layout), layout, rows: members.map((n) => layout.row([], n.properties)) };
    })
    .sort((a, b) => order(a.group) - order(b.group));
}

/** The relationship upserts, one group a type. */
export function edgeUpserts(edges: GraphEdge[], relationTypes: Set<string>): Upsert[] {
  return [...groupBy(edges, (e) => e.type)].map(([type, members]): Upsert => {
    const layout = new RowLayout(keysOf(members), EDGE_LEAD);
    const e = members[0]!;
    return { group: type, cypher: edgeMergeCypher(type, e.sourceLabel, e.targetLabel, relationTypes.has(type), layout), layout, rows: members.map((m) => layout.row([m.source, m.target], m.properties)) };
  });
}

import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { cypherName } from '../ingest/cypher.js';
import { ENTITY_LABELS, STATEMENT_EDGE_TYPES } from '../model.js';
import type { LinkPlan } from './plan.js';

/**
 * The Cypher that carries out a link plan. Values travel only as parameters; labels and
 * relationship types, which Cypher cannot take as parameters, come from the model's fixed lists
 * or from the database itself and are checked identifiers (cypherName). Every lookup by id is an
 * index seek, as in the loader.
 */

/** Create or update cluster entities of one type. */
function upsertCypher(type: string): string {
  const others = ENTITY_LABELS.filter((l) => l !== type).map(cypherName).join(':');
  // No aliases: the property is absent, as the loader leaves it.
  return `UNWIND $rows AS row MERGE (x:Entity {id: row.id}) SET x.name = row.name, x.aliases = CASE WHEN size(row.aliases) = 0 THEN null ELSE row.aliases END, x:${cypherName(type)} REMOVE x:${others}`;
}

const DELETE_MENTIONS = `UNWIND $rows AS row
MATCH (e:Entity {id: row.from}) USING INDEX SEEK e:Entity(id)
MATCH (e)-[m:MENTIONED_IN]->(d:Document) WHERE d.id = row.doc
DELETE m`;

const WRITE_MENTIONS = `UNWIND $rows AS row
MATCH (x:Entity {id: row.entity}) USING INDEX SEEK x:Entity(id)
MATCH (d:Document {id: row.doc}) USING INDEX SEEK d:Document(id)
MERGE (x)-[m:MENTIONED_IN]->(d) SET m.count = row.count, m.mentions = row.mentions`;

/**
 * Re-point one kind of relationship of a unit's entity `e` at its cluster `x`: each matched by
 * `pattern` (its other end `o`) whose document `docOf` is the unit's is deleted and made again,
 * with its properties, by `made`. Statement links are merged (a statement has one speaker);
 * relations, which have their own ids, are created.
 */
function moveCypher(pattern: string, docOf: string, made: string): string {
  return `UNWIND $rows AS row
MATCH (e:Entity {id: row.from}) USING INDEX SEEK e:Entity(id)
MATCH (x:Entity {id: row.to}) USING INDEX SEEK x:Entity(id)
MATCH ${pattern} WHERE ${docOf} = row.doc
WITH r, o, x, properties(r) AS p DELETE r
${made} SET r2 = p`;
}

/** The moves of statement links: SAID from the entity, ADDRESSED_TO and ABOUT to it. */
const STATEMENT_MOVES = [
  moveCypher('(e)-[r:SAID]->(o:Statement)', 'o.docId', 'MERGE (x)-[r2:SAID]->(o)'),
  moveCypher('(o:Statement)-[r:ADDRESSED_TO]->(e)', 'o.docId', 'MERGE (o)-[r2:ADDRESSED_TO]->(x)'),
  moveCypher('(o:Statement)-[r:ABOUT]->(e)', 'o.docId', 'MERGE (o)-[r2:ABOUT]->(x)'),
];

/** The moves of relations of one type with evidence in the unit's document: from the entity, then to it. */
function relationMoves(type: string): string[] {
  const t = cypherName(type);
  return [moveCypher(`(e)-[r:${t}]->(o:Entity)`, 'r.docId', `CREATE (x)-[r2:${t}]->(o)`), moveCypher(`(o:Entity)-[r:${t}]->(e)`, 'r.docId', `CREATE (o)-[r2:${t}]->(x)`)];
}

const DELETE_EMPTIED = `UNWIND $ids AS id
MATCH (e:Entity {id: id}) USING INDEX SEEK e:Entity(id)
WHERE NOT (e)--()
DELETE e
RETURN count(*) AS removed`;

/** The relationship types in the database that are relations between entities. */
async function relationTypes(driver: Driver, database?: string): Promise<string[]> {
  const fixed = new Set<string>(STATEMENT_EDGE_TYPES);
  const { records } = await driver.executeQuery('CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType AS t', {}, { database, routing: 'READ' });
  return records.map((r) => r.get('t') as string).filter((t) => !fixed.has(t)).sort();
}

/** Moves a write transaction carries; a document's moves stay together. */
export const MOVES_PER_TRANSACTION = 5_000;

/** What applying a plan did. */
export interface Applied {
  entitiesWritten: number;
  unitsMoved: number;
  entitiesRemoved: number;
}

/**
 * Carry out a plan: the cluster entities first (so that moves find them), then the moves in
 * batches, each in one managed write transaction, then the emptied entities. Re-running the link
 * after an interruption completes it: an applied batch is already where the plan wants it.
 */
export async function applyLinkPlan(driver: Driver, plan: LinkPlan, options: { database?: string; onProgress?: (done: number, total: number) => void } = {}): Promise<Applied> {
  const { database } = options;
  const types = await relationTypes(driver, database);
  const write = async (work: (tx: ManagedTransaction) => Promise<unknown>) => {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(work);
    } finally {
      await session.close();
    }
  };
  for (const type of ENTITY_LABELS) {
    const rows = plan.upserts.filter((u) => u.type === type);
    if (rows.length > 0) await write((tx) => tx.run(upsertCypher(type), { rows }));
  }
  const total = plan.moves.length;
  let done = 0;
  for (const batch of batchesByDoc(plan)) {
    await write(async (tx) => {
      await tx.run(DELETE_MENTIONS, { rows: batch.moves });
      await tx.run(WRITE_MENTIONS, { rows: batch.mentions });
      for (const cypher of [...STATEMENT_MOVES, ...types.flatMap(relationMoves)]) await tx.run(cypher, { rows: batch.moves });
    });
    done += batch.moves.length;
    options.onProgress?.(done, total);
  }
  let removed = 0;
  if (plan.emptied.length > 0) {
    const result = (await write((tx) => tx.run(DELETE_EMPTIED, { ids: plan.emptied }))) as { records: { get(k: string): unknown }[] };
    removed = Number(result.records[0]?.get('removed') ?? 0);
  }
  return { entitiesWritten: plan.upserts.length, unitsMoved: total, entitiesRemoved: removed };
}

/** The plan's moves and mention rows, cut into batches that keep each document whole. */
function batchesByDoc(plan: LinkPlan): { moves: LinkPlan['moves']; mentions: LinkPlan['mentions'] }[] {
  const byDoc = new Map<string, { moves: LinkPlan['moves']; mentions: LinkPlan['mentions'] }>();
  const of = (doc: string) => byDoc.get(doc) ?? byDoc.set(doc, { moves: [], mentions: [] }).get(doc)!;
  for (const m of plan.moves) of(m.doc).moves.push(m);
  for (const m of plan.mentions) of(m.doc).mentions.push(m);
  const batches: { moves: LinkPlan['moves']; mentions: LinkPlan['mentions'] }[] = [];
  let current = { moves: [] as LinkPlan['moves'], mentions: [] as LinkPlan['mentions'] };
  for (const part of byDoc.values()) {
    if (current.moves.length > 0 && current.moves.length + part.moves.length > MOVES_PER_TRANSACTION) {
      batches.push(current);
      current = { moves: [], mentions: [] };
    }
    current.moves.push(...part.moves);
    current.mentions.push(...part.mentions);
  }
  if (current.moves.length > 0) batches.push(current);
  return batches;
}

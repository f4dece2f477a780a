import type { Driver } from 'neo4j-driver';
import type { Snapshot } from '../../snapshot/schema.js';
import { STATEMENT_EDGE_TYPES } from '../model.js';

/**
 * What an ingest removes: for every document of the snapshot, whatever the graph holds for that
 * document and the snapshot no longer does. Documents outside the snapshot are not touched, so
 * shards of one corpus can be loaded side by side.
 */

/** Per document: the ids the snapshot keeps. */
export interface DocKeep {
  id: string;
  statements: string[];
  entities: string[];
  relations: string[];
}

/** Per statement: the entities its SAID, ADDRESSED_TO and ABOUT relationships may point at, and its claim. */
export interface StatementKeep {
  id: string;
  speaker: string | null;
  addressee: string | null;
  about: string[];
  claim: string | null;
}

/** What the snapshot keeps, per document and per statement. */
export function keepLists(snapshot: Snapshot): { docs: DocKeep[]; statements: StatementKeep[] } {
  const docs = new Map<string, DocKeep>(snapshot.documents.map((d) => [d.id, { id: d.id, statements: [], entities: [], relations: [] }]));
  for (const s of snapshot.statements) docs.get(s.docId)?.statements.push(s.id);
  for (const r of snapshot.relations) docs.get(r.docId)?.relations.push(r.id);
  for (const e of snapshot.entities) {
    for (const docId of new Set(e.mentions.map((m) => m.docId))) docs.get(docId)?.entities.push(e.id);
  }
  const statements = snapshot.statements.map((s) => ({
    id: s.id,
    speaker: s.speaker?.entityId ?? null,
    addressee: s.addressee?.entityId ?? null,
    about: [...new Set(s.about)],
    claim: s.claimId ?? null,
  }));
  return { docs: [...docs.values()], statements };
}

// Each query below can only be planned one way: from the nodes of its rows outwards. Freshly
// created indexes are not sampled yet, and Cypher then sometimes found scanning every entity,
// document or statement per row cheaper than a seek: over a minute on the BBC snapshot instead of
// a tenth of a second. So every lookup by id is a forced index seek (USING INDEX SEEK), the far
// ends carry no label the model already implies (MENTIONED_IN and SAID start at an entity,
// ADDRESSED_TO and ABOUT end at one), and a relation's id is compared in a form no index serves.

/** Entities that stop being mentioned in these documents: candidates for removal once unlinked. */
export const STALE_ENTITY_CANDIDATES = `UNWIND $rows AS d
MATCH (doc:Document {id: d.id})<-[:MENTIONED_IN]-(e) USING INDEX SEEK doc:Document(id)
WHERE NOT e.id IN d.entities
RETURN DISTINCT e.id AS id`;

/**
 * Statements of these documents that the snapshot no longer holds, with their relationships. A
 * statement is found through its REPORTED_IN, which the transaction that creates the statement
 * creates too; an index on docId would cost every load an index entry per statement. Returns the
 * claims the statements were part of: candidates for removal once no statement carries them.
 */
export const DELETE_STALE_STATEMENTS = `UNWIND $rows AS d
MATCH (doc:Document {id: d.id})<-[:REPORTED_IN]-(st) USING INDEX SEEK doc:Document(id)
WHERE NOT st.id IN d.statements
OPTIONAL MATCH (st)-[:PART_OF]->(c)
WITH st, collect(c.id) AS claims
DETACH DELETE st
RETURN count(*) AS removed, claims`;

/**
 * Relations (of the given types, any names) with evidence in these documents that the snapshot no
 * longer holds, found from the entities the documents mention. Naming the types lets a dense
 * entity be walked through its relations only, not all its mentions and statements.
 */
export function deleteStaleRelations(types: string[]): string {
  return `UNWIND $rows AS d
MATCH (doc:Document {id: d.id})<-[:MENTIONED_IN]-(e) USING INDEX SEEK doc:Document(id)
WITH DISTINCT d, e
MATCH (e)-[r:${types.map((t) => `\`${t.replace(/`/g, '``')}\``).join('|')}]->(:Entity)
WHERE r.docId = d.id AND NOT coalesce(r.id, '') IN d.relations
DELETE r
RETURN count(*) AS removed`;
}

/** Mentions of entities in these documents that the snapshot no longer has. */
export const DELETE_STALE_MENTIONS = `UNWIND $rows AS d
MATCH (doc:Document {id: d.id})<-[r:MENTIONED_IN]-(e) USING INDEX SEEK doc:Document(id)
WHERE NOT e.id IN d.entities
DELETE r
RETURN count(*) AS removed`;

/**
 * Speaker, addressee, topic and claim links of kept statements that now point elsewhere; returns
 * the claims left behind, candidates for removal.
 */
export const DELETE_STALE_STATEMENT_LINKS = `UNWIND $rows AS s
MATCH (st:Statement {id: s.id}) USING INDEX SEEK st:Statement(id)
OPTIONAL MATCH (e1)-[r1:SAID]->(st) WHERE s.speaker IS NULL OR e1.id <> s.speaker
OPTIONAL MATCH (st)-[r2:ADDRESSED_TO]->(e2) WHERE s.addressee IS NULL OR e2.id <> s.addressee
OPTIONAL MATCH (st)-[r3:ABOUT]->(e3) WHERE NOT e3.id IN s.about
OPTIONAL MATCH (st)-[r4:PART_OF]->(c) WHERE s.claim IS NULL OR c.id <> s.claim
WITH collect(DISTINCT r1) + collect(DISTINCT r2) + collect(DISTINCT r3) + collect(DISTINCT r4) AS stale, collect(DISTINCT c.id) AS claims
FOREACH (r IN stale | DELETE r)
RETURN size(stale) AS removed, claims`;

/** Candidate claims that no statement carries any more. */
export const DELETE_ORPHAN_CLAIMS = `UNWIND $rows AS id
MATCH (c:Claim {id: id}) USING INDEX SEEK c:Claim(id)
WHERE NOT (c)--()
DELETE c
RETURN count(*) AS removed`;

/** Candidate entities left with no relationship at all. */
export const DELETE_ORPHAN_ENTITIES = `UNWIND $rows AS id
MATCH (e:Entity {id: id}) USING INDEX SEEK e:Entity(id)
WHERE NOT (e)--()
DELETE e
RETURN count(*) AS removed`;

type Session = ReturnType<Driver['session']>;

/** Removed, by kind. */
export interface Removed {
  statements: number;
  links: number;
  mentions: number;
  relations: number;
  entities: number;
  claims: number;
}

function claimsOf(records: { get(key: string): unknown }[]): string[] {
  return records.flatMap((r) => r.get('claims') as string[]);
}

function sumOf(records: { get(key: string): unknown }[]): number {
  return records.reduce((sum, r) => sum + Number(r.get('removed')), 0);
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The relationship types in the database that are relations (not statement or mention links). */
async function relationTypesIn(session: Session): Promise<string[]> {
  const fixed = new Set<string>(STATEMENT_EDGE_TYPES);
  const result = await session.executeRead((tx) => tx.run('CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType AS t'));
  return result.records.map((r) => r.get('t') as string).filter((t) => !fixed.has(t));
}

/**
 * Remove what the graph holds for the snapshot's documents already in it (`known`) and the
 * snapshot does not: per batch of documents, in one transaction, stale statements, relations and
 * mentions (noting entities that lose a mention); then stale links of kept statements; then noted
 * claims and entities left unlinked.
 */
export async function removeStale(session: Session, snapshot: Snapshot, known: Set<string>, batchSize: number): Promise<Removed> {
  const removed: Removed = { statements: 0, relations: 0, mentions: 0, links: 0, entities: 0, claims: 0 };
  if (known.size === 0) return removed;
  const lists = keepLists(snapshot);
  const docs = lists.docs.filter((d) => known.has(d.id));
  const docOf = new Map(snapshot.statements.map((s) => [s.id, s.docId]));
  const statements = lists.statements.filter((s) => known.has(docOf.get(s.id)!));
  const types = await relationTypesIn(session);
  const candidates = new Set<string>();
  const claims = new Set<string>();
  for (const batch of chunks(docs, Math.max(1, Math.floor(batchSize / 5)))) {
    // Counted after the commit: the driver may retry the whole function.
    const done = await session.executeWrite(async (tx) => {
      const candidates = (await tx.run(STALE_ENTITY_CANDIDATES, { rows: batch })).records.map((r) => r.get('id') as string);
      const statements = (await tx.run(DELETE_STALE_STATEMENTS, { rows: batch })).records;
      return {
        candidates,
        statements: sumOf(statements),
        claims: claimsOf(statements),
        relations: types.length > 0 ? sumOf((await tx.run(deleteStaleRelations(types), { rows: batch })).records) : 0,
        mentions: sumOf((await tx.run(DELETE_STALE_MENTIONS, { rows: batch })).records),
      };
    });
    for (const id of done.candidates) candidates.add(id);
    for (const id of done.claims) claims.add(id);
    removed.statements += done.statements;
    removed.relations += done.relations;
    removed.mentions += done.mentions;
  }
  for (const batch of chunks(statements, batchSize)) {
    const records = (await session.executeWrite((tx) => tx.run(DELETE_STALE_STATEMENT_LINKS, { rows: batch }))).records;
    removed.links += sumOf(records);
    for (const id of claimsOf(records)) claims.add(id);
  }
  for (const batch of chunks([...claims], batchSize)) {
    removed.claims += sumOf((await session.executeWrite((tx) => tx.run(DELETE_ORPHAN_CLAIMS, { rows: batch }))).records);
  }
  for (const batch of chunks([...candidates], batchSize)) {
    removed.entities += sumOf((await session.executeWrite((tx) => tx.run(DELETE_ORPHAN_ENTITIES, { rows: batch }))).records);
  }
  return removed;
}

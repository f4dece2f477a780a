import type { Snapshot } from '../../snapshot/schema.js';

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

/** Per statement: the entities its SAID, ADDRESSED_TO and ABOUT relationships may point at. */
export interface StatementKeep {
  id: string;
  speaker: string | null;
  addressee: string | null;
  about: string[];
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
  }));
  return { docs: [...docs.values()], statements };
}

/** Entities that stop being mentioned in these documents: candidates for removal once unlinked. */
export const STALE_ENTITY_CANDIDATES = `UNWIND $rows AS d
MATCH (e:Entity)-[:MENTIONED_IN]->(:Document {id: d.id}) WHERE NOT e.id IN d.entities
RETURN DISTINCT e.id AS id`;

/** Statements of these documents that the snapshot no longer holds, with their relationships. */
export const DELETE_STALE_STATEMENTS = `UNWIND $rows AS d
MATCH (st:Statement {docId: d.id}) WHERE NOT st.id IN d.statements
DETACH DELETE st
RETURN count(*) AS removed`;

/** Relations with evidence in these documents that the snapshot no longer holds. */
export const DELETE_STALE_RELATIONS = `UNWIND $rows AS d
MATCH (:Document {id: d.id})<-[:MENTIONED_IN]-(:Entity)-[r]->(:Entity)
WHERE r.docId = d.id AND NOT r.id IN d.relations
DELETE r
RETURN count(*) AS removed`;

/** Mentions of entities in these documents that the snapshot no longer has. */
export const DELETE_STALE_MENTIONS = `UNWIND $rows AS d
MATCH (e:Entity)-[r:MENTIONED_IN]->(:Document {id: d.id}) WHERE NOT e.id IN d.entities
DELETE r
RETURN count(*) AS removed`;

/** Speaker, addressee and topic links of kept statements that now point elsewhere. */
export const DELETE_STALE_STATEMENT_LINKS = `UNWIND $rows AS s
MATCH (st:Statement {id: s.id})
OPTIONAL MATCH (e1:Entity)-[r1:SAID]->(st) WHERE s.speaker IS NULL OR e1.id <> s.speaker
OPTIONAL MATCH (st)-[r2:ADDRESSED_TO]->(e2:Entity) WHERE s.addressee IS NULL OR e2.id <> s.addressee
OPTIONAL MATCH (st)-[r3:ABOUT]->(e3:Entity) WHERE NOT e3.id IN s.about
WITH collect(DISTINCT r1) + collect(DISTINCT r2) + collect(DISTINCT r3) AS stale
FOREACH (r IN stale | DELETE r)
RETURN size(stale) AS removed`;

/** Candidate entities left with no relationship at all. */
export const DELETE_ORPHAN_ENTITIES = `UNWIND $rows AS id
MATCH (e:Entity {id: id}) WHERE NOT (e)--()
DELETE e
RETURN count(*) AS removed`;

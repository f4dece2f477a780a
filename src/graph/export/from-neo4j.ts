import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { ENTITY_LABELS, STATEMENT_EDGE_TYPES, type MentionSpans } from '../model.js';
import { plain } from '../queries/values.js';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, SnapshotSchema, type Claim, type Entity, type Relation, type Snapshot, type Stance, type Statement } from '../../snapshot/schema.js';

/**
 * Read the graph in Neo4j back into the snapshot shape (the inverse of the loader), so every
 * exporter can write what the database holds. Lists come back in id order (documents, entities,
 * statements, relations, claims) and mentions in document and text order. A claim's statements
 * come first seen first: the one it was first seen in, then by date, document and offset; its
 * documents and outlets (the documents' `source`) in that order.
 */

type Props = Record<string, unknown>;

const DOCUMENTS = 'MATCH (d:Document) RETURN properties(d) AS d ORDER BY d.id';
const ENTITIES = `MATCH (e:Entity)
OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(d:Document)
WITH e, d, m ORDER BY d.id
RETURN properties(e) AS e, labels(e) AS labels, collect(CASE WHEN d IS NULL THEN null ELSE {docId: d.id, mentions: m.mentions, starts: m.starts, ends: m.ends, texts: m.texts} END) AS mentions
ORDER BY e.id`;
const STATEMENTS = `MATCH (st:Statement)
OPTIONAL MATCH (sp:Entity)-[said:SAID]->(st)
OPTIONAL MATCH (st)-[to:ADDRESSED_TO]->(ad:Entity)
OPTIONAL MATCH (st)-[:PART_OF]->(c:Claim)
OPTIONAL MATCH (st)-[ab:ABOUT]->(t:Entity)
WITH st, sp, said, ad, to, c, t, ab ORDER BY t.id
RETURN properties(st) AS st, sp.id AS speaker, properties(said) AS said, ad.id AS addressee, properties(to) AS addressed, c.id AS claim,
  collect(t.id) AS about, collect(CASE WHEN ab.stance IS NULL THEN null ELSE {entityId: t.id, stance: ab.stance, score: ab.score, text: ab.evidenceText, start: ab.evidenceStart, end: ab.evidenceEnd} END) AS stance
ORDER BY st.id`;
const CLAIMS = `MATCH (c:Claim)
OPTIONAL MATCH (c)<-[:PART_OF]-(st:Statement)-[:REPORTED_IN]->(d:Document)
WITH c, st, d ORDER BY CASE WHEN st.id = c.firstSeenStatementId THEN 0 ELSE 1 END, d.publishedAt, d.id, st.start, st.id
RETURN properties(c) AS c, collect({statementId: st.id, docId: d.id, publishedAt: d.publishedAt, source: d.source}) AS copies
ORDER BY c.id`;
const RELATIONS = `MATCH (a:Entity)-[r]->(b:Entity) WHERE NOT type(r) IN $fixed
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS r
ORDER BY r.id`;

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function num(v: unknown): number {
  return Number(v);
}

/**
 * The mentions on one MENTIONED_IN: its `mentions` JSON, or the `starts`, `ends` and `texts`
 * lists that graphs loaded before claimgraph stored mentions as JSON still hold.
 */
function spansOf(m: Props): MentionSpans {
  if (typeof m.mentions === 'string') return JSON.parse(m.mentions) as MentionSpans;
  const ends = (m.ends as number[] | null) ?? [];
  const texts = (m.texts as string[] | null) ?? [];
  return ((m.starts as number[] | null) ?? []).map((start, i) => [start, ends[i]!, texts[i]!]);
}

function entityOf(row: Props): Entity {
  const e = row.e as Props;
  const type = (row.labels as string[]).find((l) => (ENTITY_LABELS as readonly string[]).includes(l)) as Entity['type'];
  const mentions = (row.mentions as Props[]).flatMap((m) => spansOf(m).map(([start, end, text]) => ({ docId: String(m.docId), start, end, text })));
  mentions.sort((a, b) => (a.docId === b.docId ? a.start - b.start : a.docId < b.docId ? -1 : 1));
  return { id: String(e.id), type, name: String(e.name), aliases: (e.aliases as string[] | undefined) ?? [], mentions };
}

function span(text: unknown, start: unknown, end: unknown) {
  return { text: String(text), start: num(start), end: num(end) };
}

function statementOf(row: Props): Statement {
  const st = row.st as Props;
  const said = row.said as Props | null;
  const addressed = row.addressed as Props | null;
  const speaker = row.speaker
    ? { entityId: String(row.speaker), ...span(said!.text, said!.start, said!.end) }
    : st.speakerText !== undefined
      ? { entityId: null, ...span(st.speakerText, st.speakerStart, st.speakerEnd) }
      : null;
  const addressee = row.addressee
    ? { entityId: String(row.addressee), ...span(addressed!.text, addressed!.start, addressed!.end) }
    : st.addresseeText !== undefined
      ? { entityId: null, ...span(st.addresseeText, st.addresseeStart, st.addresseeEnd) }
      : null;
  const statement: Statement = {
    id: String(st.id),
    docId: String(st.docId),
    kind: st.kind as Statement['kind'],
    content: String(st.content),
    start: num(st.start),
    end: num(st.end),
    cue: st.cue !== undefined ? span(st.cue, st.cueStart, st.cueEnd) : null,
    speaker,
    addressee,
    about: row.about as string[],
    confidence: num(st.confidence),
  };
  if (st.cueClass !== undefined) statement.cueClass = String(st.cueClass);
  const stance = (row.stance as Props[]).map(stanceOf);
  if (stance.length > 0) statement.stance = stance;
  if (row.claim) statement.claimId = String(row.claim);
  return statement;
}

function stanceOf(t: Props): Stance {
  return { entityId: String(t.entityId), stance: t.stance as Stance['stance'], score: num(t.score), evidence: t.text === null || t.text === undefined ? null : span(t.text, t.start, t.end) };
}

/** Each value once, in first-seen order. */
function distinct(values: unknown[]): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === 'string'))];
}

/**
 * A claim from its node and its copies (first seen first). Where the statement it was first seen
 * in is gone (a newer snapshot of that document dropped it), the first copy left is where it was
 * first seen.
 */
function claimOf(row: Props): Claim {
  const c = row.c as Props;
  const copies = (row.copies as Props[]).filter((x) => typeof x.statementId === 'string');
  const statementIds = distinct(copies.map((x) => x.statementId));
  const stored = { statementId: String(c.firstSeenStatementId), docId: String(c.firstSeenDocId), publishedAt: str(c.firstSeenPublishedAt), source: str(c.firstSeenSource) };
  const first = statementIds.includes(stored.statementId) || copies.length === 0 ? stored : { statementId: String(copies[0]!.statementId), docId: String(copies[0]!.docId), publishedAt: str(copies[0]!.publishedAt), source: str(copies[0]!.source) };
  const firstSeen: Claim['firstSeen'] = { statementId: first.statementId, docId: first.docId };
  if (first.publishedAt !== undefined) firstSeen.publishedAt = first.publishedAt;
  if (first.source !== undefined) firstSeen.source = first.source;
  return {
    id: String(c.id),
    statementIds,
    speaker: str(c.speaker) ?? null,
    content: String(c.content),
    firstSeen,
    documents: distinct(copies.map((x) => x.docId)),
    outlets: distinct(copies.map((x) => x.source)),
  };
}

function relationOf(row: Props): Relation {
  const { id, docId, evidenceText, evidenceStart, evidenceEnd, ...rest } = row.r as Props;
  const relation: Relation = { id: String(id), type: String(row.type), from: String(row.from), to: String(row.to), docId: String(docId), evidence: span(evidenceText, evidenceStart, evidenceEnd) };
  if (Object.keys(rest).length > 0) relation.properties = rest as Relation['properties'];
  return relation;
}

async function rows(tx: ManagedTransaction, cypher: string, params: Props = {}): Promise<Props[]> {
  const result = await tx.run(cypher, params);
  return result.records.map((r) => plain(r.toObject()) as Props);
}

/** The graph in Neo4j as a snapshot, checked against the snapshot schema. */
export async function readGraphSnapshot(driver: Driver, database?: string): Promise<Snapshot> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(async (tx) => {
      const documents = (await rows(tx, DOCUMENTS)).map((r) => r.d as Props);
      const createdAt = documents.map((d) => str(d.snapshotCreatedAt)).filter((s): s is string => Boolean(s)).sort().at(-1) ?? new Date().toISOString();
      const snapshot = {
        format: SNAPSHOT_FORMAT,
        version: SNAPSHOT_VERSION,
        createdAt,
        documents: documents.map((d) => {
          const { snapshotCreatedAt: _created, ...doc } = d;
          return { ...doc, length: num(doc.length ?? 0) };
        }),
        entities: (await rows(tx, ENTITIES)).map(entityOf),
        statements: (await rows(tx, STATEMENTS)).map(statementOf),
        relations: (await rows(tx, RELATIONS, { fixed: [...STATEMENT_EDGE_TYPES] })).map(relationOf),
      };
      // A claim no statement carries any more (its statements removed since) is not one.
      const claims = (await rows(tx, CLAIMS)).map(claimOf).filter((c) => c.statementIds.length > 0);
      if (claims.length > 0) Object.assign(snapshot, { claims });
      return SnapshotSchema.parse(snapshot);
    });
  } finally {
    await session.close();
  }
}

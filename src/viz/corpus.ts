import type { EntityType, Snapshot, StanceValue, StatementKind } from '../snapshot/schema.js';

/**
 * The explorer's in-memory model of a graph: what every page request is answered from,
 * whichever source (snapshot file or Neo4j) it was read from. Document texts are not part of it
 * (see texts.ts); statements keep their offsets so sentences can be cut from a text when known.
 */

export interface VizDocument {
  id: string;
  title?: string;
  source?: string;
  url?: string;
  publishedAt?: string;
  author?: string;
}

export interface VizEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** Mentions per document id (counts only; offsets are in `mentionSpans`). */
  mentionsByDoc: Map<string, number>;
}

export interface VizRef {
  entityId: string | null;
  text: string;
  start: number;
  end: number;
}

export interface VizStatement {
  id: string;
  docId: string;
  kind: StatementKind;
  content: string;
  start: number;
  end: number;
  cue: { text: string; start: number; end: number } | null;
  cueClass: string | null;
  speaker: VizRef | null;
  addressee: VizRef | null;
  about: string[];
  confidence: number;
  /** The speaker's side towards targets of `about` (snapshot extension; empty when not judged). */
  stance: VizStance[];
  /** The repeated claim this statement is a copy of, if any. */
  claimId: string | null;
}

/** Where a speaker stands towards one target, and the words that decided it (document offsets). */
export interface VizStance {
  entityId: string;
  stance: StanceValue;
  score: number;
  evidence: { start: number; end: number; text: string } | null;
}

/** Statements that say the same thing in several documents (snapshot extension `claims`). */
export interface VizClaim {
  id: string;
  statementIds: string[];
  documents: string[];
  outlets: string[];
  firstSeen: { statementId: string; docId: string; publishedAt?: string; source?: string };
}

/** A fact that is not a statement: `HOLDS_ROLE`, `AFFILIATED_WITH` … between two entities. */
export interface VizRelation {
  type: string;
  from: string;
  to: string;
  docId: string;
  /** The words it was read from (e.g. "head of the Political Bureau of Hamas"). */
  evidence: string;
  /** The role's words, when the relation carries one. */
  role: string | null;
}

/** A named place in a document: used to highlight names inside a sentence. */
export interface VizMention {
  entityId: string;
  start: number;
  end: number;
}

export interface VizCorpus {
  documents: Map<string, VizDocument>;
  entities: Map<string, VizEntity>;
  statements: VizStatement[];
  /** Mentions by document id, sorted by start; empty when the source does not keep offsets. */
  mentionSpans: Map<string, VizMention[]>;
  claims: Map<string, VizClaim>;
  relations: VizRelation[];
}

/** Build the model from a snapshot (already validated by readSnapshot). */
export function corpusFromSnapshot(snapshot: Snapshot): VizCorpus {
  const documents = new Map<string, VizDocument>();
  for (const d of snapshot.documents) {
    documents.set(d.id, { id: d.id, title: d.title, source: d.source, url: d.url, publishedAt: d.publishedAt, author: d.author });
  }
  const entities = new Map<string, VizEntity>();
  const mentionSpans = new Map<string, VizMention[]>();
  for (const e of snapshot.entities) {
    const mentionsByDoc = new Map<string, number>();
    for (const m of e.mentions) {
      mentionsByDoc.set(m.docId, (mentionsByDoc.get(m.docId) ?? 0) + 1);
      let list = mentionSpans.get(m.docId);
      if (!list) mentionSpans.set(m.docId, (list = []));
      list.push({ entityId: e.id, start: m.start, end: m.end });
    }
    entities.set(e.id, { id: e.id, type: e.type, name: e.name, aliases: e.aliases, mentionsByDoc });
  }
  for (const list of mentionSpans.values()) list.sort((a, b) => a.start - b.start);
  const statements = snapshot.statements.map(
    (s): VizStatement => ({
      id: s.id,
      docId: s.docId,
      kind: s.kind,
      content: s.content,
      start: s.start,
      end: s.end,
      cue: s.cue,
      cueClass: s.cueClass ?? null,
      speaker: s.speaker,
      addressee: s.addressee,
      about: s.about,
      confidence: s.confidence,
      stance: (s.stance ?? []).map((t) => ({ entityId: t.entityId, stance: t.stance, score: t.score, evidence: t.evidence })),
      claimId: s.claimId ?? null,
    }),
  );
  // Document order, then text order, whichever order the source gave (Neo4j gives id order).
  statements.sort((a, b) => (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : a.start - b.start));
  const claims = new Map<string, VizClaim>();
  for (const c of snapshot.claims ?? []) claims.set(c.id, { id: c.id, statementIds: c.statementIds, documents: c.documents, outlets: c.outlets, firstSeen: c.firstSeen });
  const relations = snapshot.relations.map(
    (r): VizRelation => ({
      type: r.type,
      from: r.from,
      to: r.to,
      docId: r.docId,
      evidence: r.evidence.text,
      role: typeof r.properties?.role === 'string' ? r.properties.role : null,
    }),
  );
  return { documents, entities, statements, mentionSpans, claims, relations };
}

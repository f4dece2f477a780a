import type { EntityType, Snapshot, StatementKind } from '../snapshot/schema.js';

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
}

/** Build the model from a snapshot (already validated by readSnapshot). */
export function corpusFromSnapshot(snapshot: Snapshot): VizCorpus {
  const documents = new Map<string, VizDocument>();
  for (const d of snapshot.documents) {
    documents.set(d.id, { id: d.id, title: d.title, source: d.source, url: d.url, publishedAt: d.publishedAt });
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
    }),
  );
  // Document order, then text order, whichever order the source gave (Neo4j gives id order).
  statements.sort((a, b) => (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : a.start - b.start));
  return { documents, entities, statements, mentionSpans };
}

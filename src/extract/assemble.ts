import type { Relation, Snapshot, SnapshotDocument, Statement } from '../snapshot/schema.js';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from '../snapshot/schema.js';
import { findClaims } from './claims/index.js';
import { linkEntities } from './link.js';
import { linkStances } from './stance/index.js';
import type { DocEntityRef, DocExtraction, SourceDocument } from './types.js';

/** A document's own fields without its text: what the snapshot keeps of it. */
export type DocumentHeader = Omit<SourceDocument, 'text'>;

/**
 * Build the snapshot from the per-document extractions, in input order.
 * Metadata given with the input (a JSONL title, say) wins over what was read from the text.
 */
export function assembleSnapshot(headers: DocumentHeader[], extractions: DocExtraction[], createdAt: Date): Snapshot {
  const linked = linkEntities(extractions);
  const documents: SnapshotDocument[] = [];
  const statements: Statement[] = [];
  const relations: Relation[] = [];
  headers.forEach((header, i) => {
    const ex = extractions[i]!;
    const doc: SnapshotDocument = { id: header.id, length: ex.length };
    const title = header.title ?? ex.meta.title;
    const source = header.source ?? ex.meta.source;
    const publishedAt = header.publishedAt ?? ex.meta.publishedAt;
    if (title) doc.title = title;
    if (source) doc.source = source;
    if (header.url) doc.url = header.url;
    if (publishedAt) doc.publishedAt = publishedAt;
    if (header.path) doc.path = header.path;
    if (ex.meta.author) doc.author = ex.meta.author;
    documents.push(doc);

    const ref = (r: DocEntityRef | null) =>
      r && { entityId: r.key === null ? null : (linked.idOf(ex.docId, r.key) ?? null), text: r.text, start: r.start, end: r.end };
    const statementIds = new Set<string>();
    for (const s of ex.statements) {
      let id = `st:${ex.docId}:${s.start}`;
      for (let n = 2; statementIds.has(id); n++) id = `st:${ex.docId}:${s.start}-${n}`;
      statementIds.add(id);
      const about = [
        ...new Set([
          ...s.about.map((k) => linked.idOf(ex.docId, k)).filter((x): x is string => !!x),
          ...(s.aboutNames ?? []).map((n) => linked.idOfName(ex.docId, n.type, n.name)).filter((x): x is string => !!x),
        ]),
      ];
      statements.push({
        id,
        docId: ex.docId,
        kind: s.kind,
        content: s.content,
        start: s.start,
        end: s.end,
        cue: s.cue,
        speaker: ref(s.speaker),
        addressee: ref(s.addressee),
        about,
        confidence: s.confidence,
        cueClass: s.cueClass,
        ...(s.stance && { stance: linkStances(s.stance, { idOf: (k) => linked.idOf(ex.docId, k), idOfName: (type, name) => linked.idOfName(ex.docId, type, name) }, about) }),
      });
    }
    ex.relations.forEach((r, n) => {
      const from = linked.idOf(ex.docId, r.fromKey);
      const to = linked.idOf(ex.docId, r.toKey);
      if (!from || !to) return;
      const rel: Relation = { id: `rel:${ex.docId}:${r.evidence.start}:${n}`, type: r.type, from, to, docId: ex.docId, evidence: r.evidence };
      if (r.properties) rel.properties = r.properties;
      relations.push(rel);
    });
  });
  const { claims, claimOf } = findClaims(statements, documents);
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    createdAt: createdAt.toISOString(),
    documents,
    entities: linked.entities,
    statements: claims.length ? statements.map((s) => (claimOf.has(s.id) ? { ...s, claimId: claimOf.get(s.id)! } : s)) : statements,
    relations,
    ...(claims.length && { claims }),
  };
}

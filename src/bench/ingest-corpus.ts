import type { Snapshot } from '../snapshot/schema.js';

/**
 * A larger corpus for the ingest bench (and the bulk load's equality test): the same articles
 * again under new ids, `copies` times in all, as if the same news had been extracted from other
 * files. Documents, statements, relations and claims of copy k (from 1) get the suffix `~k` on
 * their ids; entities are shared, as ids made from names would be, each with the mentions of
 * every copy. So the entities stay as many, and everything a document owns grows `copies` times.
 */
export function multiplySnapshot(snapshot: Snapshot, copies: number): Snapshot {
  if (!Number.isInteger(copies) || copies < 1) throw new RangeError(`copies must be a whole number from 1, not ${copies}`);
  const ids = (k: number) => (id: string) => (k === 0 ? id : `${id}~${k}`);
  const out: Snapshot = { ...snapshot, documents: [], statements: [], relations: [], entities: snapshot.entities.map((e) => ({ ...e, mentions: [] })) };
  if (snapshot.claims) out.claims = [];
  for (let k = 0; k < copies; k++) {
    const id = ids(k);
    out.documents.push(...snapshot.documents.map((d) => ({ ...d, id: id(d.id) })));
    out.statements.push(...snapshot.statements.map((s) => ({ ...s, id: id(s.id), docId: id(s.docId), ...(s.claimId !== undefined ? { claimId: id(s.claimId) } : {}) })));
    out.relations.push(...snapshot.relations.map((r) => ({ ...r, id: id(r.id), docId: id(r.docId) })));
    out.claims?.push(
      ...(snapshot.claims ?? []).map((c) => ({
        ...c,
        id: id(c.id),
        statementIds: c.statementIds.map(id),
        documents: c.documents.map(id),
        firstSeen: { ...c.firstSeen, statementId: id(c.firstSeen.statementId), docId: id(c.firstSeen.docId) },
      })),
    );
    snapshot.entities.forEach((e, i) => out.entities[i]!.mentions.push(...e.mentions.map((m) => ({ ...m, docId: id(m.docId) }))));
  }
  return out;
}

/** How many copies of `snapshot` make about `rows` nodes and relationships (see multiplySnapshot). */
export function copiesFor(rowsOfOne: number, entities: number, rows: number): number {
  return Math.max(1, Math.round((rows - entities) / Math.max(1, rowsOfOne - entities)));
}

import type { Diagnostic } from '../diagnostics.js';
import { SnapshotSchema, type Snapshot } from './schema.js';

/** The result of checking a snapshot: the parsed snapshot when the schema holds, and every problem. */
export interface CheckResult {
  snapshot?: Snapshot;
  problems: Diagnostic[];
}

type Texts = ReadonlyMap<string, string>;

/**
 * Check `json` (already parsed) against the snapshot contract: the schema, unique ids, that every
 * referenced id exists, and — given the documents' texts by id — that every span's text is the
 * document's text at its offsets. `file` names the snapshot in the problems.
 */
export function checkSnapshot(json: unknown, file: string, texts?: Texts): CheckResult {
  const parsed = SnapshotSchema.safeParse(json);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.slice(0, 50).map((issue) => ({
        file,
        reason: `${issue.path.length ? issue.path.join('.') : '(top level)'}: ${issue.message}`,
        ruleId: 'schema',
      })),
    };
  }
  const snapshot = parsed.data;
  const problems: Diagnostic[] = [];
  const problem = (where: string, reason: string, ruleId: string) => problems.push({ file, reason: `${where}: ${reason}`, ruleId });

  const ids = new Map<string, string>();
  const unique = (id: string, where: string) => {
    const first = ids.get(id);
    if (first) problem(where, `duplicate id "${id}" (first at ${first})`, 'duplicate-id');
    else ids.set(id, where);
  };
  const docs = new Map(snapshot.documents.map((d) => [d.id, d]));
  const entities = new Set(snapshot.entities.map((e) => e.id));
  snapshot.documents.forEach((d, i) => unique(d.id, `documents[${i}]`));
  snapshot.entities.forEach((e, i) => unique(e.id, `entities[${i}]`));
  snapshot.statements.forEach((s, i) => unique(s.id, `statements[${i}]`));
  snapshot.relations.forEach((r, i) => unique(r.id, `relations[${i}]`));
  snapshot.claims?.forEach((c, i) => unique(c.id, `claims[${i}]`));
  const statementIds = new Set(snapshot.statements.map((s) => s.id));
  const claimIds = new Set(snapshot.claims?.map((c) => c.id));

  /** A span in document `docId`: the document exists, the span fits in it, and (with texts) matches. */
  const span = (where: string, docId: string, s: { text: string; start: number; end: number }) => {
    const doc = docs.get(docId);
    if (!doc) return;
    if (s.end > doc.length) return problem(where, `span ${s.start}-${s.end} runs past the document's end (${doc.length})`, 'span-range');
    if (s.end - s.start !== s.text.length) return problem(where, `span ${s.start}-${s.end} is not as long as its text`, 'span-length');
    const text = texts?.get(docId);
    if (text !== undefined && text.slice(s.start, s.end) !== s.text) {
      problem(where, `text ${JSON.stringify(s.text)} is not the document's text at ${s.start}-${s.end} (${JSON.stringify(text.slice(s.start, s.end))})`, 'span-text');
    }
  };
  const docRef = (where: string, docId: string) => {
    if (!docs.has(docId)) problem(where, `document "${docId}" does not exist`, 'dangling-ref');
  };
  const entityRef = (where: string, id: string | null) => {
    if (id !== null && !entities.has(id)) problem(where, `entity "${id}" does not exist`, 'dangling-ref');
  };

  if (texts) {
    for (const d of snapshot.documents) {
      const text = texts.get(d.id);
      if (text === undefined) problem(`document "${d.id}"`, 'not among the given documents', 'missing-document');
      else if (text.length !== d.length) problem(`document "${d.id}"`, `length ${d.length}, but the text has ${text.length}`, 'length');
    }
  }
  snapshot.entities.forEach((e, i) =>
    e.mentions.forEach((m, j) => {
      docRef(`entities[${i}].mentions[${j}]`, m.docId);
      span(`entities[${i}].mentions[${j}]`, m.docId, m);
    }),
  );
  snapshot.statements.forEach((s, i) => {
    const where = `statements[${i}] (${s.id})`;
    docRef(where, s.docId);
    span(`${where}.content`, s.docId, { text: s.content, start: s.start, end: s.end });
    if (s.cue) span(`${where}.cue`, s.docId, s.cue);
    if (s.speaker) {
      span(`${where}.speaker`, s.docId, s.speaker);
      entityRef(`${where}.speaker`, s.speaker.entityId);
    }
    if (s.addressee) {
      span(`${where}.addressee`, s.docId, s.addressee);
      entityRef(`${where}.addressee`, s.addressee.entityId);
    }
    s.about.forEach((id) => entityRef(`${where}.about`, id));
    s.stance?.forEach((t, j) => {
      entityRef(`${where}.stance[${j}]`, t.entityId);
      if (!s.about.includes(t.entityId)) problem(`${where}.stance[${j}]`, `entity "${t.entityId}" is not in about`, 'stance-target');
      if (t.evidence) span(`${where}.stance[${j}].evidence`, s.docId, t.evidence);
    });
    if (s.claimId !== undefined && !claimIds.has(s.claimId)) problem(where, `claim "${s.claimId}" does not exist`, 'dangling-ref');
  });
  snapshot.claims?.forEach((c, i) => {
    const where = `claims[${i}] (${c.id})`;
    entityRef(`${where}.speaker`, c.speaker);
    c.statementIds.forEach((id) => {
      if (!statementIds.has(id)) problem(where, `statement "${id}" does not exist`, 'dangling-ref');
    });
    c.documents.forEach((d) => docRef(`${where}.documents`, d));
    if (!statementIds.has(c.firstSeen.statementId)) problem(`${where}.firstSeen`, `statement "${c.firstSeen.statementId}" does not exist`, 'dangling-ref');
  });
  snapshot.relations.forEach((r, i) => {
    const where = `relations[${i}] (${r.id})`;
    docRef(where, r.docId);
    entityRef(`${where}.from`, r.from);
    entityRef(`${where}.to`, r.to);
    span(`${where}.evidence`, r.docId, r.evidence);
  });
  return { snapshot, problems };
}

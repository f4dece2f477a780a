import type { Diagnostic } from '../diagnostics.js';
import { SnapshotSchema, type Snapshot } from './schema.js';

/** The result of checking a snapshot: the parsed snapshot when the schema holds, and every problem. */
export interface CheckResult {
  snapshot?: Snapshot;
  problems: Diagnostic[];
}

type Texts = ReadonlyMap<string, string>;

/**
 * The relationship types the graph gives statements, mentions and claims (graph/model.ts): a
 * relation of one of these types would be taken for one of them, so none may have it.
 */
export const GRAPH_RELATIONSHIP_TYPES = ['SAID', 'ADDRESSED_TO', 'ABOUT', 'REPORTED_IN', 'MENTIONED_IN', 'PART_OF'] as const;

/**
 * What Neo4j would refuse in a snapshot the schema accepts (so that an ingest never fails halfway
 * through): relation types the graph uses itself, and relation property keys and values Neo4j
 * cannot store. Labels and the other keys are the graph's own.
 */
export function neo4jProblems(snapshot: Snapshot, file: string): Diagnostic[] {
  const problems: Diagnostic[] = [];
  snapshot.relations.forEach((r, i) => {
    const where = `relations[${i}] (${r.id})`;
    if ((GRAPH_RELATIONSHIP_TYPES as readonly string[]).includes(r.type)) {
      problems.push({ file, reason: `${where}.type: ${r.type} is a relationship type of the graph itself (statements, mentions, claims); give the relation another`, ruleId: 'reserved-type' });
    }
    for (const [key, value] of Object.entries(r.properties ?? {})) {
      const why = relationPropertyProblem(key, value);
      if (why) problems.push({ file, reason: `${where}.properties: ${why}`, ruleId: 'neo4j-property' });
    }
  });
  return problems;
}

/**
 * What Neo4j would refuse or change in a relation's own property: a key that is empty or holds a
 * NUL character is not a valid token name; a whole number beyond 2^53 cannot travel exactly.
 */
function relationPropertyProblem(key: string, value: unknown): string | undefined {
  if (key === '') return 'an empty property key (Neo4j refuses it)';
  if (key.includes('\u0000')) return `property key ${JSON.stringify(key)} holds a NUL character (Neo4j refuses it)`;
  if (typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value)) return `property ${JSON.stringify(key)}: ${value} is a whole number beyond 2^53, which Neo4j would not store exactly (write it as a string)`;
  return undefined;
}

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
  const claimOf = new Map(snapshot.claims?.map((c) => [c.id, new Set(c.statementIds)]));
  const claimIdOf = new Map(snapshot.statements.map((s) => [s.id, s.claimId]));

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
    else if (s.claimId !== undefined && !claimOf.get(s.claimId)?.has(s.id)) problem(where, `claim "${s.claimId}" does not list this statement`, 'claim-membership');
  });
  snapshot.claims?.forEach((c, i) => {
    const where = `claims[${i}] (${c.id})`;
    entityRef(`${where}.speaker`, c.speaker);
    c.statementIds.forEach((id) => {
      if (!statementIds.has(id)) problem(where, `statement "${id}" does not exist`, 'dangling-ref');
      else if (claimIdOf.get(id) !== c.id) problem(where, `statement "${id}" has claimId ${JSON.stringify(claimIdOf.get(id) ?? null)}, not this claim`, 'claim-membership');
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
  problems.push(...neo4jProblems(snapshot, file));
  return { snapshot, problems };
}

import { createHash } from 'node:crypto';
import type { Claim, SnapshotDocument, Statement } from '../../snapshot/schema.js';
import { type ClaimCandidate, nearDuplicateGroups } from './group.js';
import { contentWords } from './shingles.js';

/** A claim is made in at least this many documents: a quote repeated inside one article is not a repeated claim. */
export const MIN_CLAIM_DOCUMENTS = 2;

const PRONOUN = /^(?:he|she|they|it|we|i|you|him|her|them|this|that)$/iu;

/**
 * Who said a statement, for grouping: its speaker's entity; where unresolved, the words that name
 * the speaker ("the ministry"), unless they are a pronoun, which may be anyone; else nobody.
 */
function speakerKey(st: Statement): string | null {
  if (st.speaker?.entityId) return st.speaker.entityId;
  const words = st.speaker?.text.trim().toLowerCase();
  return words && !PRONOUN.test(words) ? `words:${words}` : null;
}

/**
 * A claim's id, made from who said it and the words said (lower-cased, without punctuation or
 * quote marks), not from where they were read: shares of a corpus extracted apart give a claim
 * they both see the same id, so their loads meet on it in the graph (as they do on entity ids).
 */
export function claimId(speaker: string, content: string): string {
  const words = contentWords(content).join(' ');
  return `claim:${createHash('sha256').update(`${speaker}\u0000${words}`, 'utf8').digest('hex').slice(0, 20)}`;
}

/** A date's time, or null when the document has none or it cannot be read. */
function timeOf(doc: SnapshotDocument | undefined): number | null {
  const t = doc?.publishedAt ? Date.parse(doc.publishedAt) : NaN;
  return Number.isNaN(t) ? null : t;
}

/** The repeated claims of a corpus, and the claim of each statement folded into one. */
export interface ClaimsFound {
  claims: Claim[];
  claimOf: Map<string, string>;
}

/**
 * Group the statements that make the same claim — the same speaker and near-identical content —
 * in at least two documents. Each claim lists its statements first seen first (the earliest dated
 * copy; undated copies after dated ones, each in input order), the documents and outlets that
 * carried it; its id is made from the speaker and the first-seen copy's words (see claimId). Pure.
 */
export function findClaims(statements: readonly Statement[], documents: readonly SnapshotDocument[]): ClaimsFound {
  const docs = new Map(documents.map((d) => [d.id, d]));
  const candidates: ClaimCandidate[] = statements.map((st) => ({ speakerKey: speakerKey(st), content: st.content }));
  const claims: Claim[] = [];
  const claimOf = new Map<string, string>();
  for (const group of nearDuplicateGroups(candidates)) {
    const members = group.map((i) => ({ st: statements[i]!, i, time: timeOf(docs.get(statements[i]!.docId)) }));
    const documentIds = [...new Set(members.map((m) => m.st.docId))];
    if (documentIds.length < MIN_CLAIM_DOCUMENTS) continue;
    members.sort((a, b) => (a.time ?? Infinity) - (b.time ?? Infinity) || a.i - b.i);
    const first = members[0]!.st;
    const firstDoc = docs.get(first.docId);
    const id = claimId(candidates[members[0]!.i]!.speakerKey!, first.content);
    const inOrder = members.map((m) => m.st);
    claims.push({
      id,
      statementIds: inOrder.map((s) => s.id),
      speaker: first.speaker?.entityId ?? null,
      content: first.content,
      firstSeen: {
        statementId: first.id,
        docId: first.docId,
        ...(firstDoc?.publishedAt && { publishedAt: firstDoc.publishedAt }),
        ...(firstDoc?.source && { source: firstDoc.source }),
      },
      documents: [...new Set(inOrder.map((s) => s.docId))],
      outlets: [...new Set(inOrder.flatMap((s) => docs.get(s.docId)?.source ?? []))],
    });
    for (const s of inOrder) claimOf.set(s.id, id);
  }
  return { claims, claimOf };
}

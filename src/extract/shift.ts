import type { Span } from '../snapshot/schema.js';
import type { DocEntity, DocEntityRef, DocRelation, DocStatement } from './types.js';

/**
 * Move the spans of a segment's extraction by `by` characters (the segment's start), so that they
 * point into the whole document. Keys get the segment's prefix so segments never collide.
 */
const span = <T extends Span | DocEntityRef>(s: T, by: number): T => ({ ...s, start: s.start + by, end: s.end + by });

export function shiftEntity(e: DocEntity, by: number, prefix: string): DocEntity {
  return {
    ...e,
    key: prefix + e.key,
    mentions: e.mentions.map((m) => span(m, by)),
    roles: e.roles.map((r) => ({ ...r, ...(r.orgKey !== undefined && { orgKey: prefix + r.orgKey }), evidence: span(r.evidence, by) })),
  };
}

export function shiftRelation(r: DocRelation, by: number, prefix: string): DocRelation {
  return { ...r, fromKey: prefix + r.fromKey, toKey: prefix + r.toKey, evidence: span(r.evidence, by) };
}

export function shiftStatement(s: DocStatement, by: number, prefix: string): DocStatement {
  const ref = (r: DocEntityRef | null) => r && { ...span(r, by), key: r.key === null ? null : prefix + r.key };
  return {
    ...s,
    start: s.start + by,
    end: s.end + by,
    cue: s.cue && span(s.cue, by),
    speaker: ref(s.speaker),
    addressee: ref(s.addressee),
    about: s.about.map((k) => prefix + k),
  };
}

import type { DocEntity, DocEntityRef, DocExtraction, DocRelation, DocStatement } from './types.js';
import type { TextView } from './view.js';

/**
 * Moving spans. In an extraction every object with numeric `start` and `end` is a span of its
 * document (the snapshot's rule: mentions, statements, cues, speakers, addressees, role and
 * relation evidence, stance evidence …), so one walk moves them all, fields added later included.
 */
function mapSpans<T>(value: T, move: (at: number) => number, original?: string): T {
  if (Array.isArray(value)) return value.map((v: unknown) => mapSpans(v, move, original)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = mapSpans(v, move, original);
  if (typeof out.start === 'number' && typeof out.end === 'number') {
    const start = move(out.start);
    const end = move(out.end);
    out.start = start;
    out.end = end;
    // A span's words are the original's words at its offsets (a statement's are its content).
    if (original !== undefined && typeof out.text === 'string') out.text = original.slice(start, end);
    if (original !== undefined && typeof out.content === 'string') out.content = original.slice(start, end);
  }
  return out as T;
}

/**
 * Move the spans of a segment's extraction by `by` characters (the segment's start), so that they
 * point into the whole document. Keys get the segment's prefix so segments never collide.
 */
export function shiftEntity(e: DocEntity, by: number, prefix: string): DocEntity {
  const moved = mapSpans(e, (at) => at + by);
  return { ...moved, key: prefix + e.key, roles: moved.roles.map((r) => (r.orgKey !== undefined ? { ...r, orgKey: prefix + r.orgKey } : r)) };
}

export function shiftRelation(r: DocRelation, by: number, prefix: string): DocRelation {
  return { ...mapSpans(r, (at) => at + by), fromKey: prefix + r.fromKey, toKey: prefix + r.toKey };
}

export function shiftStatement(s: DocStatement, by: number, prefix: string): DocStatement {
  const moved = mapSpans(s, (at) => at + by);
  const ref = (r: DocEntityRef | null) => r && { ...r, key: r.key === null ? null : prefix + r.key };
  return { ...moved, speaker: ref(moved.speaker), addressee: ref(moved.addressee), about: s.about.map((k) => prefix + k) };
}

type Parts = Pick<DocExtraction, 'entities' | 'statements' | 'relations'>;

/**
 * The parts of an extraction made on a text view (view.ts), with every span mapped back to the
 * original's offsets and its text re-sliced from the original, so `text.slice(start, end)` holds.
 */
export function fromView<T extends Parts>(parts: T, view: TextView, original: string): T {
  if (view.identical) return parts;
  return { ...parts, ...mapSpans({ entities: parts.entities, statements: parts.statements, relations: parts.relations }, view.toOriginal, original) };
}

/** A half-open range of a document's text, [start, end). */
export interface Range {
  start: number;
  end: number;
}

/** Characters two ranges have in common. */
export function overlapLength(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Total length of a set of pieces (assumed not to overlap each other, as gold pieces do not). */
export function totalLength(pieces: readonly Range[]): number {
  return pieces.reduce((sum, p) => sum + (p.end - p.start), 0);
}

/**
 * How far a predicted range `a` overlaps a gold span made of `pieces` (one piece for a plain span,
 * several for a quote split by its cue): characters in common divided by the length of the
 * shorter of the two. 0 when either is empty.
 */
export function overlapRatio(a: Range, pieces: readonly Range[]): number {
  const shorter = Math.min(a.end - a.start, totalLength(pieces));
  if (shorter <= 0) return 0;
  const common = pieces.reduce((sum, p) => sum + overlapLength(a, p), 0);
  return common / shorter;
}

/** The matching rule for statements and speakers: overlap of at least half the shorter span. */
export const MIN_OVERLAP = 0.5;

/** Whether `a` and the span made of `pieces` match under the half-the-shorter-span rule. */
export function spansMatch(a: Range, pieces: readonly Range[]): boolean {
  return overlapRatio(a, pieces) >= MIN_OVERLAP;
}

/**
 * The recognizer's labels: BILOU tags (Begin, Inside, Last, Unit, Outside) over four types.
 * Ratinov & Roth (2009) found BILOU better than BIO for news NER: a model that knows where a
 * name ends as well as where it begins makes fewer boundary errors.
 */

/** The types the recognizer learns. MISC is learned so the model knows what is none of ours. */
export const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NerType = (typeof TYPES)[number];

/** Positions inside a name. */
const POSITIONS = ['B', 'I', 'L', 'U'] as const;

/** Label 0 is O; label 1 + 4·type + position is that type at that position. */
export const LABEL_COUNT = 1 + TYPES.length * POSITIONS.length;
export const OUTSIDE = 0;

/** Label names, for cards and debugging ("B-PER"). */
export const LABEL_NAMES: readonly string[] = ['O', ...TYPES.flatMap((t) => POSITIONS.map((p) => `${p}-${t}`))];

const labelOf = (type: number, position: number) => 1 + type * POSITIONS.length + position;
/** The type index of a label (−1 for O). */
export const typeOfLabel = (label: number): number => (label === OUTSIDE ? -1 : (label - 1) >> 2);
/** The position of a label: 0 B, 1 I, 2 L, 3 U (−1 for O). */
export const positionOfLabel = (label: number): number => (label === OUTSIDE ? -1 : (label - 1) & 3);

/** A name found or annotated: tokens [first..last], inclusive, of a type. */
export interface TokenSpan {
  first: number;
  last: number;
  type: number;
}

/** The BILOU labels of `count` tokens holding the (non-overlapping) `spans`. */
export function encodeSpans(count: number, spans: readonly TokenSpan[]): Uint8Array {
  const labels = new Uint8Array(count);
  for (const s of spans) {
    if (s.first === s.last) labels[s.first] = labelOf(s.type, 3);
    else {
      labels[s.first] = labelOf(s.type, 0);
      for (let i = s.first + 1; i < s.last; i++) labels[i] = labelOf(s.type, 1);
      labels[s.last] = labelOf(s.type, 2);
    }
  }
  return labels;
}

/** The spans a well-formed label sequence holds (the decoder only makes well-formed ones). */
export function decodeSpans(labels: ArrayLike<number>, offset = 0): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open = -1;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    const p = positionOfLabel(l);
    if (p === 3) spans.push({ first: offset + i, last: offset + i, type: typeOfLabel(l) });
    else if (p === 0) open = i;
    else if (p === 2 && open >= 0) {
      spans.push({ first: offset + open, last: offset + i, type: typeOfLabel(l) });
      open = -1;
    }
  }
  return spans;
}

/** Whether label `b` may follow label `a` (BILOU grammar). */
export function allowed(a: number, b: number): boolean {
  const pa = positionOfLabel(a);
  const pb = positionOfLabel(b);
  const inside = pa === 0 || pa === 1;
  if (inside) return (pb === 1 || pb === 2) && typeOfLabel(a) === typeOfLabel(b);
  return pb === -1 || pb === 0 || pb === 3;
}

/** Whether a sequence may start with label `l` (not inside a name). */
export const allowedFirst = (l: number): boolean => positionOfLabel(l) !== 1 && positionOfLabel(l) !== 2;
/** Whether a sequence may end with label `l` (no name left open). */
export const allowedLast = (l: number): boolean => positionOfLabel(l) !== 0 && positionOfLabel(l) !== 1;

/**
 * How big things are drawn, shared by the server (which lays out views with room for every
 * label) and the page (which draws them): node size, label font and estimated label width.
 */

/**
 * Node size (px) from its score relative to the highest score drawn: square-root scale, 14 to
 * 56, so that a view always spans the sizes whatever the corpus (in a large corpus nearly
 * every drawn entity is mentioned hundreds of times).
 */
export function nodeSize(score: number, maxScore: number): number {
  return Math.round(14 + 42 * Math.sqrt(Math.max(0, score) / Math.max(maxScore, 1e-9)));
}

/** Label font size (px) for a node of this size: bigger nodes, bigger names. */
export function labelFont(size: number): number {
  return Math.round(10.5 + size / 12);
}

/** Widest a label is drawn (px at zoom 1); longer names end in an ellipsis. */
export const LABEL_MAX_WIDTH = 190;

/**
 * A label's width (px at zoom 1), estimated from its length: the page's sans-serif averages a
 * little over half the font size a character (and its outline). The page measures real widths when it decides
 * which labels to draw; the server only needs room.
 */
export function labelWidth(label: string, font: number): number {
  return Math.min(LABEL_MAX_WIDTH, Math.ceil(label.length * font * 0.62) + 8);
}

/** Edge width (px) from the number of claims behind it: 1.5 to 9. */
export function edgeWidth(count: number): number {
  return Math.min(9, 1.5 + 1.6 * Math.sqrt(Math.max(0, count - 1) + 0.01));
}

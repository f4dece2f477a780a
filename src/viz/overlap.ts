/** A node with its label as a rectangle around its centre (x, y): how far it reaches each way. */
export interface Box {
  id: string;
  x: number;
  y: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * Push boxes apart until none overlaps another (with `gap` between them), each time along the
 * axis where they overlap least, both boxes moving half the way. Pairs are found by a sweep
 * along x, so a pass costs about n log n plus the overlapping pairs. Deterministic: the boxes
 * are visited in a fixed order. Moves the boxes; returns whether none overlaps any more.
 */
export function removeOverlaps(boxes: Box[], gap: number, maxPasses = 200): boolean {
  for (let pass = 0; pass < maxPasses; pass++) {
    const order = [...boxes].sort((a, b) => a.x - a.left - (b.x - b.left) || (a.id < b.id ? -1 : 1));
    let moved = false;
    for (let i = 0; i < order.length; i++) {
      const a = order[i]!;
      for (let j = i + 1; j < order.length; j++) {
        const b = order[j]!;
        if (b.x - b.left >= a.x + a.right + gap) break;
        const ox = Math.min(a.x + a.right, b.x + b.right) - Math.max(a.x - a.left, b.x - b.left) + gap;
        const oy = Math.min(a.y + a.bottom, b.y + b.bottom) - Math.max(a.y - a.top, b.y - b.top) + gap;
        if (ox <= 0 || oy <= 0) continue;
        moved = true;
        if (ox < oy) {
          const d = ox / 2 + 0.5;
          const sign = a.x < b.x || (a.x === b.x && a.id < b.id) ? 1 : -1;
          a.x -= sign * d;
          b.x += sign * d;
        } else {
          const d = oy / 2 + 0.5;
          const sign = a.y < b.y || (a.y === b.y && a.id < b.id) ? 1 : -1;
          a.y -= sign * d;
          b.y += sign * d;
        }
      }
    }
    if (!moved) return true;
  }
  return false;
}

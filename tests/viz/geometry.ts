/** Helpers for what the browser tests measure on the drawing: boxes that overlap, colours as colour-blind readers see them. */

export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * The pairs (by index) of rectangles that overlap by more than `tolerance` pixels each way. A
 * label's box includes its 2-pixel white outline on each side, which may touch the next one.
 */
export function overlapping(rects: Rect[], tolerance = 4): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < rects.length; i++) {
    for (let j = i + 1; j < rects.length; j++) {
      const a = rects[i]!, b = rects[j]!;
      if (Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > tolerance && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > tolerance) out.push([i, j]);
    }
  }
  return out;
}

/** `rgb(r,g,b)` or `#rrggbb` as [r, g, b]. */
export function parseColour(css: string): [number, number, number] {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(css.trim());
  if (hex) return [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16), parseInt(hex[3]!, 16)];
  const rgb = /rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/.exec(css);
  if (!rgb) throw new Error(`not a colour: ${css}`);
  return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
}

// Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB.
const MATRICES = {
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
} as const;

const toLinear = (c: number) => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};
const toSrgb = (v: number) => {
  const c = Math.min(1, Math.max(0, v));
  return Math.round(255 * (c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055));
};

/** The colour as a reader with this colour-vision deficiency sees it. */
export function simulateDeficiency(css: string, kind: keyof typeof MATRICES): [number, number, number] {
  const lin = parseColour(css).map(toLinear);
  return MATRICES[kind].map((row) => toSrgb(row[0]! * lin[0]! + row[1]! * lin[1]! + row[2]! * lin[2]!)) as [number, number, number];
}

/** Euclidean distance of two RGB colours (0 to 441). */
export function colourDistance(a: [number, number, number], b: [number, number, number]): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

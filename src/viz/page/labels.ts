import type { Core, NodeSingular } from 'cytoscape';

interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const CELL = 120;
/** Rectangles in a coarse grid, to ask which ones a new rectangle meets. */
class RectGrid {
  private readonly cells = new Map<string, Rect[]>();

  private *keys(r: Rect): Generator<string> {
    for (let i = Math.floor(r.x1 / CELL); i <= Math.floor(r.x2 / CELL); i++) for (let j = Math.floor(r.y1 / CELL); j <= Math.floor(r.y2 / CELL); j++) yield `${i},${j}`;
  }

  add(r: Rect): void {
    for (const k of this.keys(r)) {
      let list = this.cells.get(k);
      if (!list) this.cells.set(k, (list = []));
      list.push(r);
    }
  }

  hits(r: Rect): boolean {
    for (const k of this.keys(r)) for (const o of this.cells.get(k) ?? []) if (o.x1 < r.x2 && r.x1 < o.x2 && o.y1 < r.y2 && r.y1 < o.y2) return true;
    return false;
  }
}

/**
 * How far (screen px) a kept label's box may reach into another's on each side. Cytoscape's box
 * is the text, its 2-px white outline and 2 model units of margin: two kept boxes overlap by at
 * most 3 px on screen, so outlines may touch and texts never do. Not 2 px (4 px overlap): a pair
 * of texts 4 model units apart (common, as centres and measured widths are whole numbers) sat
 * exactly on that limit, and the rounding of zoom and pan decided whether they overlapped.
 */
const LABEL_INSET = 1.5;

/** Where a node's label is drawn: below it (the default), above, right or left of it. */
type Side = 'bottom' | 'top' | 'right' | 'left';
const SIDES: Side[] = ['bottom', 'top', 'right', 'left'];

/** The style data that draw a label on `side` (the gap between node and text is 3 px on screen). */
function sideData(side: Side, zoom: number): { lv: string; lh: string; lmx: number; lmy: number } {
  const gap = 3 / zoom;
  if (side === 'bottom') return { lv: 'bottom', lh: 'center', lmx: 0, lmy: gap };
  if (side === 'top') return { lv: 'top', lh: 'center', lmx: 0, lmy: -gap };
  return { lv: 'center', lh: side, lmx: side === 'right' ? gap : -gap, lmy: 0 };
}

/**
 * The box of a label on `side`, from its box below the node (`below`, as Cytoscape measured it):
 * the same size, as far from the node's edge on that side (Cytoscape places a label from the
 * node's edge, shifted by the margin, grown by the outline on every side).
 */
function boxOn(side: Side, below: Rect, node: NodeSingular): Rect {
  const { x, y } = node.position();
  const hw = node.width() / 2, hh = node.height() / 2;
  const w = below.x2 - below.x1, h = below.y2 - below.y1;
  const off = below.y1 - (y + hh); // from the node's edge to the box
  if (side === 'bottom') return below;
  if (side === 'top') return { x1: below.x1, x2: below.x2, y1: y - hh - off - h, y2: y - hh - off };
  const x1 = side === 'right' ? x + hw + off : x - hw - off - w;
  return { x1, x2: x1 + w, y1: y - h / 2, y2: y + h / 2 };
}

/**
 * A node's label data for a zoom, below it: the same size on screen whatever the zoom. The
 * page adds the elements with the zoom it will fit them at, so that placing the labels then
 * changes only those that move or hide.
 */
export function labelData(fs: number, zoom = 1): Record<string, number | string> {
  return { fs, lfs: fs / zoom, lmw: 190 / zoom, lol: 2 / zoom, ...sideData('bottom', zoom) };
}

const inset = (r: Rect, d: number): Rect => ({ x1: r.x1 + d, y1: r.y1 + d, x2: r.x2 - d, y2: r.y2 - d });

type Renderer = { recalculateRenderedStyle(eles: unknown, useCache?: boolean): void };
const labelBox = (n: NodeSingular) => n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false } as never);
const bodyBox = (n: NodeSingular) => n.boundingBox({ includeLabels: false, includeOverlays: false } as never);

/**
 * Draw as many labels as fit without overlapping, at the same size on screen whatever the
 * zoom (the map's way: zoomed out, the biggest names; zoomed in, every name): the biggest
 * nodes' labels first, each below its node, or else above, right or left of it, wherever it
 * meets no kept label and no bigger node (beside or above, no node at all); a label that fits
 * nowhere is hidden. Runs after each drawing and each zoom. Returns how many labels are drawn,
 * of how many nodes.
 */
export function placeLabels(cy: Core): { labelled: number; nodes: number } {
  const nodes = cy.nodes('[type]').not('.group');
  const frames = cy.nodes('.group');
  const zoom = cy.zoom();
  cy.batch(() => {
    nodes.removeClass('nolabel');
    // Only what differs: every change restyles the node and drops its cached drawing.
    nodes.forEach((n) => {
      const want = labelData(Number(n.data('fs')), zoom);
      if (Object.entries(want).some(([k, v]) => n.data(k) !== v)) n.data(want);
    });
    frames.forEach((g) => {
      if (g.data('gfs') !== 13 / zoom) g.data({ gfs: 13 / zoom });
    });
  });
  // Cytoscape measures labels when it next draws; the boxes below need the new sizes now.
  const renderer = (cy as unknown as { renderer(): Renderer }).renderer();
  renderer.recalculateRenderedStyle(nodes.union(frames), false);
  // The bodies of the nodes already seen (bigger ones): a smaller node's label may not cover them.
  const bigger = new RectGrid();
  const every = new RectGrid();
  nodes.forEach((n) => every.add(bodyBox(n)));
  const order = (nodes.toArray() as NodeSingular[]).sort((a, b) => Number(b.data('size')) - Number(a.data('size')) || Number(b.data('score') ?? 0) - Number(a.data('score') ?? 0) || (a.id() < b.id() ? -1 : 1));
  const kept = new RectGrid();
  // The communities' titles come first (their frames fit the nodes, whatever the labels).
  frames.forEach((f) => kept.add(labelBox(f)));
  const hide: NodeSingular[] = [];
  const moved = new Map<NodeSingular, Side>();
  const d = LABEL_INSET / zoom;
  for (const n of order) {
    const below = labelBox(n);
    const side = below.w === 0 ? undefined : SIDES.find((side) => {
      const rect = inset(boxOn(side, below, n), d);
      return !kept.hits(rect) && !(side === 'bottom' ? bigger : every).hits(rect);
    });
    if (side === undefined) hide.push(n);
    else {
      kept.add(inset(boxOn(side, below, n), d));
      if (side !== 'bottom') moved.set(n, side);
    }
    bigger.add(bodyBox(n));
  }
  cy.batch(() => {
    for (const n of hide) n.addClass('nolabel');
    for (const [n, side] of moved) n.data(sideData(side, zoom));
  });
  if (moved.size > 0) hide.push(...verify(cy, order, new Set(hide), renderer, d));
  return { labelled: nodes.length - hide.length, nodes: nodes.length };
}

/**
 * Check the labels where Cytoscape now draws them (a label moved beside or above its node was
 * placed from computed boxes): in the same order, hide any that meets one kept before it.
 * Returns the labels hidden.
 */
function verify(cy: Core, order: NodeSingular[], hidden: Set<NodeSingular>, renderer: Renderer, d: number): NodeSingular[] {
  const shown = order.filter((n) => !hidden.has(n));
  renderer.recalculateRenderedStyle(shown, false);
  const kept = new RectGrid();
  const hide: NodeSingular[] = [];
  for (const n of shown) {
    const rect = inset(labelBox(n), d);
    if (kept.hits(rect)) hide.push(n);
    else kept.add(rect);
  }
  cy.batch(() => {
    for (const n of hide) n.addClass('nolabel');
  });
  return hide;
}

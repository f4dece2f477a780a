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

/**
 * Draw as many labels as fit without overlapping, at the same size on screen whatever the
 * zoom (the map's way: zoomed out, the biggest names; zoomed in, every name): the biggest
 * nodes' labels first, each kept only if it meets no kept label and no other node. Runs after
 * each drawing and each zoom. Returns how many labels are drawn, of how many nodes.
 */
export function placeLabels(cy: Core): { labelled: number; nodes: number } {
  const nodes = cy.nodes('[type]').not('.group');
  const zoom = cy.zoom();
  cy.batch(() => {
    nodes.removeClass('nolabel');
    nodes.forEach((n) => {
      n.data({ lfs: Number(n.data('fs')) / zoom, lmw: 190 / zoom, lol: 2 / zoom, lmy: 3 / zoom });
    });
    cy.nodes('.group').forEach((g) => {
      g.data({ gfs: 13 / zoom });
    });
  });
  // Cytoscape measures labels when it next draws; the boxes below need the new sizes now.
  (cy as unknown as { renderer(): { recalculateRenderedStyle(eles: unknown, useCache?: boolean): void } }).renderer().recalculateRenderedStyle(nodes, false);
  // The bodies of the nodes already seen (bigger ones): a smaller node's label may not cover them.
  const bodies = new RectGrid();
  const order = (nodes.toArray() as NodeSingular[]).sort((a, b) => Number(b.data('size')) - Number(a.data('size')) || Number(b.data('score') ?? 0) - Number(a.data('score') ?? 0) || (a.id() < b.id() ? -1 : 1));
  const kept = new RectGrid();
  const hide: NodeSingular[] = [];
  let labelled = 0;
  for (const n of order) {
    const r = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false } as never);
    const inset = LABEL_INSET / zoom;
    const rect = { x1: r.x1 + inset, y1: r.y1 + inset, x2: r.x2 - inset, y2: r.y2 - inset };
    if (r.w === 0 || kept.hits(rect) || bodies.hits(rect)) hide.push(n);
    else {
      kept.add(rect);
      labelled++;
    }
    const b = n.boundingBox({ includeLabels: false, includeOverlays: false } as never);
    bodies.add({ x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 });
  }
  cy.batch(() => {
    for (const n of hide) n.addClass('nolabel');
  });
  return { labelled, nodes: nodes.length };
}

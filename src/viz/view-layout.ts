import { UndirectedGraph } from 'graphology';
import fa2Module from 'graphology-layout-forceatlas2';
import type { GraphEdge } from './api-types.js';
import type { NetNode } from './network.js';
import { removeOverlaps, type Box } from './overlap.js';
import { hashString, seededRandom } from '../seeded.js';
import { labelFont, labelWidth } from './sizes.js';

/** An entity to place, with its drawn size. */
export type SizedNode = NetNode & { size: number };

// A CommonJS module whose typings declare an ES default: at run time the default is the layout.
const forceAtlas2 = fa2Module as unknown as typeof fa2Module.default;

type Point = { x: number; y: number };

/** A laid-out group: its nodes' positions relative to the group's top-left corner, and its size. */
interface Group {
  ids: string[];
  at: Map<string, Point>;
  width: number;
  height: number;
}

/** Room a group's box needs around its nodes: padding, and its title above. */
const GROUP_PAD = 14;
const GROUP_TITLE = 22;
const GAP = 22;
/** Communities with fewer entities drawn are laid out together, unframed. */
export const MIN_FRAMED = 5;

/** The space a node takes with its label below it (px at zoom 1). */
export function boxOf(n: SizedNode, p: Point): Box {
  const size = n.size;
  const font = labelFont(size);
  const half = Math.max(size / 2, labelWidth(n.label, font) / 2);
  return { id: n.id, x: p.x, y: p.y, left: half, right: half, top: size / 2, bottom: size / 2 + 4 + font * 1.3 };
}

/**
 * Lay out one group: ForceAtlas2 from seeded starting points (the same nodes always start in
 * the same places, and FA2 itself is deterministic), scaled so that links are about as long as
 * two labels are wide, then pushed apart until no node or label overlaps another.
 */
function layoutGroup(nodes: SizedNode[], edges: GraphEdge[]): Group {
  const ids = nodes.map((n) => n.id).sort();
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const at = new Map<string, Point>();
  if (ids.length === 1) at.set(ids[0]!, { x: 0, y: 0 });
  else {
    const random = seededRandom(hashString(ids.join('\n')));
    const graph = new UndirectedGraph();
    const boxes0 = new Map(nodes.map((n) => [n.id, boxOf(n, { x: 0, y: 0 })]));
    // Room the boxes need: FA2 starts them in a square of about that area and keeps them apart
    // by their size (adjustSizes), so the group comes out about as compact as it can be.
    const need = [...boxes0.values()].reduce((sum, b) => sum + (b.left + b.right + 8) * (b.top + b.bottom + 8), 0);
    const side = Math.sqrt(need);
    for (const id of ids) {
      const b = boxes0.get(id)!;
      graph.addNode(id, { x: random() * side, y: random() * side, size: Math.max(b.left, (b.top + b.bottom) / 2) + 4 });
    }
    // Edges in id order: the forces add up in the same order whatever order the view came in.
    for (const e of [...edges].sort((a, b) => (a.id < b.id ? -1 : 1))) {
      if (e.source === e.target || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
      if (graph.hasEdge(e.source, e.target)) graph.updateEdgeAttribute(e.source, e.target, 'weight', (w: number) => w + e.claims);
      else graph.addEdge(e.source, e.target, { weight: e.claims });
    }
    const iterations = Math.max(80, Math.min(500, Math.round(60_000 / ids.length)));
    forceAtlas2.assign(graph, {
      iterations,
      getEdgeWeight: (_e, a) => Math.log2(1 + Number(a.weight)),
      settings: { adjustSizes: true, gravity: 0.5, scalingRatio: side / 40, strongGravityMode: true, slowDown: 2, barnesHutOptimize: false },
    });
    graph.forEachNode((id, a) => at.set(id, { x: a.x, y: a.y }));
  }
  const placed = ids.map((id) => boxOf(byId.get(id)!, at.get(id)!));
  separate(placed);
  const boxes = compact(placed);
  let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
  for (const b of boxes) {
    x1 = Math.min(x1, b.x - b.left); y1 = Math.min(y1, b.y - b.top);
    x2 = Math.max(x2, b.x + b.right); y2 = Math.max(y2, b.y + b.bottom);
  }
  for (const b of boxes) at.set(b.id, { x: b.x - x1, y: b.y - y1 });
  return { ids, at, width: x2 - x1, height: y2 - y1 };
}

/**
 * Push the boxes apart until none overlaps another. Where they are packed too tight to settle
 * by pairwise pushes (150 wide labels around one hub kept cycling for 200 passes and still
 * overlapped), spread them about their middle and try again.
 */
function separate(boxes: Box[]): void {
  for (let round = 0; round < 8; round++) {
    if (removeOverlaps(boxes, 8, 40)) return;
    const cx = boxes.reduce((s, b) => s + b.x, 0) / boxes.length;
    const cy = boxes.reduce((s, b) => s + b.y, 0) / boxes.length;
    for (const b of boxes) {
      b.x = cx + (b.x - cx) * 1.2;
      b.y = cy + (b.y - cy) * 1.2;
    }
  }
  removeOverlaps(boxes, 8);
}

function extent(boxes: Box[]): number {
  let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
  for (const b of boxes) {
    x1 = Math.min(x1, b.x - b.left); y1 = Math.min(y1, b.y - b.top);
    x2 = Math.max(x2, b.x + b.right); y2 = Math.max(y2, b.y + b.bottom);
  }
  return (x2 - x1) * (y2 - y1);
}

/**
 * Squeeze a group: pull every box towards the middle (more up and down than sideways, as
 * labels are wide and screens too), push overlaps apart again, and keep the smallest result.
 */
function compact(boxes: Box[]): Box[] {
  if (boxes.length < 3) return boxes;
  let best = boxes.map((b) => ({ ...b }));
  let bestArea = extent(best);
  let current = best;
  for (let round = 0; round < 12; round++) {
    const cx = current.reduce((s, b) => s + b.x, 0) / current.length;
    const cy = current.reduce((s, b) => s + b.y, 0) / current.length;
    current = current.map((b) => ({ ...b, x: cx + (b.x - cx) * 0.88, y: cy + (b.y - cy) * 0.8 }));
    if (!removeOverlaps(current, 8, 80)) break;
    const area = extent(current);
    if (area < bestArea * 0.995) {
      best = current.map((b) => ({ ...b }));
      bestArea = area;
    } else if (area > bestArea * 1.05) break;
  }
  return best;
}

/**
 * Skyline packing of groups, the tallest first, each where it sits highest within a width of
 * about 1.6 times the height the whole would take: fewer holes than rows of shelves.
 */
function pack(groups: Group[], framed: boolean): Map<string, Point> {
  const pad = framed ? GROUP_PAD : 0;
  const outer = (g: Group) => ({ w: g.width + 2 * pad + GAP, h: g.height + 2 * pad + (framed ? GROUP_TITLE : 0) + GAP });
  const area = groups.reduce((sum, g) => sum + outer(g).w * outer(g).h, 0);
  const width = Math.max(Math.sqrt(area * 1.6), ...groups.map((g) => outer(g).w));
  // The skyline: the height reached at each x, as steps [x, y] from left to right.
  let sky: [number, number][] = [[0, 0]];
  const heightAt = (x1: number, x2: number) => {
    let top = 0;
    for (let i = 0; i < sky.length; i++) {
      const from = sky[i]![0], to = sky[i + 1]?.[0] ?? Infinity;
      if (to > x1 && from < x2) top = Math.max(top, sky[i]![1]);
    }
    return top;
  };
  const out = new Map<string, Point>();
  const order = [...groups].sort((a, b) => outer(b).h - outer(a).h || b.ids.length - a.ids.length);
  for (const g of order) {
    const { w, h } = outer(g);
    let best = { x: 0, y: Infinity };
    for (const [x] of sky) {
      if (x + w > width + 1) continue;
      const y = heightAt(x, x + w);
      if (y < best.y) best = { x, y };
    }
    if (best.y === Infinity) best = { x: 0, y: heightAt(0, w) };
    for (const [id, p] of g.at) out.set(id, { x: Math.round(best.x + pad + p.x), y: Math.round(best.y + pad + (framed ? GROUP_TITLE : 0) + p.y) });
    const after = heightAt(best.x + w, best.x + w + 0.5);
    sky = [...sky.filter(([x]) => x < best.x), [best.x, best.y + h] as [number, number], [best.x + w, after] as [number, number], ...sky.filter(([x]) => x > best.x + w)];
  }
  return out;
}

/**
 * Positions for a view. With `groups` (the overview's communities, by entity id), each group
 * of MIN_FRAMED or more drawn entities is laid out on its own and framed, the rest together; the
 * groups are then packed. Without, the view is one group (a focus).
 */
export function layoutView(nodes: SizedNode[], edges: GraphEdge[], groups?: Map<string, number>): Map<string, Point> {
  if (nodes.length === 0) return new Map();
  if (!groups) return pack([layoutGroup(nodes, edges)], false);
  const members = new Map<number, SizedNode[]>();
  const loose: SizedNode[] = [];
  for (const n of nodes) {
    const c = groups.get(n.id);
    if (c === undefined) loose.push(n);
    else {
      let list = members.get(c);
      if (!list) members.set(c, (list = []));
      list.push(n);
    }
  }
  const laid: Group[] = [];
  for (const list of members.values()) {
    if (list.length >= MIN_FRAMED) laid.push(layoutGroup(list, edges));
    else loose.push(...list);
  }
  laid.sort((a, b) => b.ids.length - a.ids.length || (a.ids[0]! < b.ids[0]! ? -1 : 1));
  if (loose.length > 0) laid.push(layoutGroup(loose, edges));
  return pack(laid, true);
}

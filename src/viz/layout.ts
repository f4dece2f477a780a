import { UndirectedGraph } from 'graphology';
import fa2Module from 'graphology-layout-forceatlas2';
import type { VizCorpus } from './corpus.js';

/** Node positions by entity id. */
export type Positions = Map<string, { x: number; y: number }>;

interface Box {
  ids: string[];
  local: Map<string, { x: number; y: number }>;
  width: number;
  height: number;
}

// A CommonJS module whose typings declare an ES default: at run time the default is the layout.
const forceAtlas2 = fa2Module as unknown as typeof fa2Module.default;

const EDGE_LENGTH = 90;
const GRID = 64;
const GAP = 120;

/**
 * Positions for every entity of the corpus, computed once when the server starts so that the
 * page can draw thousands of nodes at once (a browser-side force layout on 5,000 nodes takes
 * tens of seconds). Each connected component is laid out on its own (ForceAtlas2 with
 * Barnes-Hut for the larger ones), then the components are packed in rows, largest first, and
 * the entities nobody quotes or is quoted about sit in a grid after them, most mentioned first.
 */
export function computeLayout(corpus: VizCorpus): Positions {
  const adjacency = new Map<string, Set<string>>();
  const weight = new Map<string, number>();
  for (const e of corpus.entities.values()) {
    adjacency.set(e.id, new Set());
    let w = 0;
    for (const n of e.mentionsByDoc.values()) w += n;
    weight.set(e.id, w);
  }
  const link = (a: string | null | undefined, b: string | null | undefined) => {
    if (!a || !b || a === b || !adjacency.has(a) || !adjacency.has(b)) return;
    adjacency.get(a)!.add(b);
    adjacency.get(b)!.add(a);
  };
  for (const s of corpus.statements) {
    const speaker = s.speaker?.entityId;
    link(speaker, s.addressee?.entityId);
    for (const t of s.about) link(speaker, t);
  }
  const boxes: Box[] = [];
  const isolated: string[] = [];
  for (const ids of components(adjacency)) {
    if (ids.length === 1) isolated.push(ids[0]!);
    else boxes.push(layoutComponent(ids, adjacency));
  }
  boxes.sort((a, b) => b.ids.length - a.ids.length);
  isolated.sort((a, b) => weight.get(b)! - weight.get(a)! || (a < b ? -1 : 1));
  if (isolated.length > 0) boxes.push(gridBox(isolated));
  return pack(boxes);
}

function components(adjacency: Map<string, Set<string>>): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const start of [...adjacency.keys()].sort()) {
    if (seen.has(start)) continue;
    const ids = [start];
    seen.add(start);
    for (let i = 0; i < ids.length; i++) {
      for (const next of adjacency.get(ids[i]!)!) {
        if (!seen.has(next)) {
          seen.add(next);
          ids.push(next);
        }
      }
    }
    out.push(ids);
  }
  return out;
}

function layoutComponent(ids: string[], adjacency: Map<string, Set<string>>): Box {
  const local = new Map<string, { x: number; y: number }>();
  if (ids.length <= 3) {
    ids.forEach((id, i) => local.set(id, { x: i * EDGE_LENGTH * 1.4, y: (i % 2) * EDGE_LENGTH * 0.5 }));
    return toBox(ids, local);
  }
  const graph = new UndirectedGraph<{ x: number; y: number }>();
  // Deterministic start: a circle in id order (FA2 itself is deterministic).
  ids.forEach((id, i) => {
    const a = (2 * Math.PI * i) / ids.length;
    graph.addNode(id, { x: Math.cos(a) * 100, y: Math.sin(a) * 100 });
  });
  for (const id of ids) for (const other of adjacency.get(id)!) if (id < other) graph.addEdge(id, other);
  const settings = forceAtlas2.inferSettings(graph);
  const iterations = Math.max(40, Math.min(300, Math.round(60_000 / ids.length)));
  forceAtlas2.assign(graph, { iterations, settings: { ...settings, barnesHutOptimize: ids.length > 500, adjustSizes: false } });
  // Scale so that the median edge is EDGE_LENGTH long.
  const lengths: number[] = [];
  graph.forEachEdge((_e, _a, _s, _t, sa, ta) => lengths.push(Math.hypot(sa.x - ta.x, sa.y - ta.y)));
  lengths.sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] || 1;
  const k = EDGE_LENGTH / median;
  graph.forEachNode((id, a) => local.set(id, { x: a.x * k, y: a.y * k }));
  return toBox(ids, local);
}

function gridBox(ids: string[]): Box {
  const cols = Math.max(1, Math.ceil(Math.sqrt(ids.length * 2)));
  const local = new Map<string, { x: number; y: number }>();
  ids.forEach((id, i) => local.set(id, { x: (i % cols) * GRID, y: Math.floor(i / cols) * GRID }));
  return toBox(ids, local);
}

/** Move a component so its box starts at (0, 0). */
function toBox(ids: string[], local: Map<string, { x: number; y: number }>): Box {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const p of local.values()) {
    minX = Math.min(minX, p.x); minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x); maxY = Math.max(maxY, p.y);
  }
  for (const p of local.values()) {
    p.x -= minX;
    p.y -= minY;
  }
  return { ids, local, width: maxX - minX, height: maxY - minY };
}

/** Shelf packing: rows about as wide as the whole is tall. */
function pack(boxes: Box[]): Positions {
  const area = boxes.reduce((sum, b) => sum + (b.width + GAP) * (b.height + GAP), 0);
  const rowWidth = Math.max(Math.sqrt(area) * 1.3, ...boxes.map((b) => b.width));
  const out: Positions = new Map();
  let x = 0, y = 0, rowHeight = 0;
  for (const box of boxes) {
    if (x > 0 && x + box.width > rowWidth) {
      x = 0;
      y += rowHeight + GAP;
      rowHeight = 0;
    }
    for (const [id, p] of box.local) out.set(id, { x: Math.round(x + p.x), y: Math.round(y + p.y) });
    x += box.width + GAP;
    rowHeight = Math.max(rowHeight, box.height);
  }
  return out;
}

import cytoscape, { type Core, type EdgeSingular, type ElementDefinition, type EventObject } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { GraphResponse } from '../api-types.js';
import { edgeWidth, labelFont, labelWidth } from '../sizes.js';
import { communityColor, edgeStance, graphStyle } from './graph-style.js';
import { labelData, placeLabels } from './labels.js';
import { presetViewport, startLayout } from './layouts.js';
import { bindWheelZoom } from './wheel.js';

cytoscape.use(fcose);

/** Above this many nodes (or four times as many edges) the view switches to the cheaper drawing settings. */
const LARGE = 800;

export interface GraphViewEvents {
  onNode(id: string): void;
  onEdge(id: string): void;
  onBackground(): void;
  onNodeDouble(id: string): void;
}

/** Room between a community's frame and its members' nodes (px at zoom 1). */
const FRAME_PAD = 14;

/**
 * The frame of a community: a plain node drawn under its members and the edges, as big as
 * their nodes with their labels (at zoom 1) and the padding. Not a Cytoscape compound parent: those cost about as much
 * again to style and draw as everything else in the view.
 */
function frameOf(c: GraphResponse['communities'][number], members: GraphResponse['nodes'], zoom: number): ElementDefinition {
  let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
  // Each member with its label below it, as the server made room for it (view-layout.ts).
  for (const n of members) {
    const font = labelFont(n.size);
    const half = Math.max(n.size / 2, labelWidth(n.label, font) / 2);
    x1 = Math.min(x1, n.x - half); y1 = Math.min(y1, n.y - n.size / 2);
    x2 = Math.max(x2, n.x + half); y2 = Math.max(y2, n.y + n.size / 2 + 4 + font * 1.3);
  }
  const w = x2 - x1 + 2 * FRAME_PAD, h = y2 - y1 + 2 * FRAME_PAD;
  return {
    group: 'nodes',
    data: { id: `community:${c.id}`, label: c.label, hue: communityColor(c.id), fw: w, fh: h, labelWidth: `${Math.round(Math.max(160, w) + 12)}px`, gfs: 13 / zoom, group: true },
    position: { x: (x1 + x2) / 2, y: (y1 + y2) / 2 },
    classes: 'group',
    selectable: false,
    grabbable: false,
  };
}

/** The elements of a view: its communities' frames (in the overview), its entities and edges. */
function elementsOf(graph: GraphResponse, zoom: number): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  for (const c of graph.communities) {
    const members = graph.nodes.filter((n) => n.community === c.id);
    if (members.length > 0) elements.push(frameOf(c, members, zoom));
  }
  for (const n of graph.nodes) {
    const size = n.size;
    elements.push({
      group: 'nodes',
      data: { id: n.id, label: n.label, type: n.type, quoted: n.quoted, mentioned: n.mentioned, targeted: n.targeted, score: n.score, size, ...labelData(labelFont(size), zoom), sx: n.x, sy: n.y, ...(n.community !== null ? { community: n.community } : {}) },
      position: { x: n.x, y: n.y },
    });
  }
  for (const e of graph.edges) {
    elements.push({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, rel: e.rel, count: e.count, claims: e.claims, stance: e.rel === 'about' ? edgeStance(e.stances) : 'neutral', width: edgeWidth(e.claims) } });
  }
  return elements;
}

/**
 * The Cytoscape view. It draws the view the server sent; every change of the elements goes
 * through `cy.batch` so the style is computed once.
 */
export class GraphView {
  readonly cy: Core;
  private large = false;
  private labelTimer: ReturnType<typeof setTimeout> | undefined;
  private layoutRuns = 0;
  private stopLayout: (() => void) | undefined;
  /** The zoom the labels were last placed at. */
  private labelledAt = NaN;

  constructor(container: HTMLElement, events: GraphViewEvents, options: { webgl: boolean }) {
    this.cy = cytoscape({
      container,
      style: graphStyle(false),
      minZoom: 0.02,
      maxZoom: 4,
      userZoomingEnabled: true,
      boxSelectionEnabled: false,
      // Canvas by default; the WebGL renderer (Cytoscape 3.31+) behind ?webgl=1.
      ...(options.webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as cytoscape.CytoscapeOptions);
    bindWheelZoom(this.cy, container);
    // A tap may open the panel, which narrows the view from the right: keep what was tapped in it.
    this.cy.on('tap', 'node[type]', (ev: EventObject) => {
      events.onNode(ev.target.id());
      this.reveal(ev.target.id());
    });
    this.cy.on('tap', 'edge', (ev: EventObject) => {
      events.onEdge(ev.target.id());
      this.reveal(ev.target.id());
    });
    this.cy.on('dbltap', 'node[type]', (ev: EventObject) => events.onNodeDouble(ev.target.id()));
    this.cy.on('tap', (ev: EventObject) => {
      if (ev.target === this.cy) events.onBackground();
    });
    this.cy.on('viewport', () => {
      clearTimeout(this.labelTimer);
      // Names keep their size on screen: which fit changes with the zoom, not with a pan.
      if (!this.large && this.cy.zoom() === this.labelledAt) return;
      // The labels were placed for another zoom: not done until placed again.
      if (!this.large) delete document.documentElement.dataset.labels;
      this.labelTimer = setTimeout(() => (this.large ? this.labelInView() : this.labels()), 120);
    });
  }

  /** The entities drawn (community frames aside). */
  entities(): cytoscape.NodeCollection {
    return this.cy.nodes('[type]');
  }

  /** Large graphs: label the nodes in view once zoomed in far enough to read them. */
  private labelInView(): void {
    const readable = this.cy.zoom() >= 0.75;
    this.cy.batch(() => {
      this.cy.nodes('.labelled').removeClass('labelled');
      if (!readable) return;
      const { x1, y1, x2, y2 } = this.cy.extent();
      const inView = this.cy.nodes().filter((n) => {
        const p = n.position();
        return p.x >= x1 && p.x <= x2 && p.y >= y1 && p.y <= y2;
      });
      if (inView.length <= 600) inView.addClass('labelled');
    });
  }

  /** Replace what is drawn by this view of the network (`preset`: at the server's positions). */
  show(graph: GraphResponse, preset: boolean): void {
    // Shown where the server placed it: fit it now, and size the labels for that zoom.
    this.syncSize();
    const framed = graph.nodes.some((n) => n.community !== null);
    const viewport = preset ? presetViewport(graph.nodes, framed, this.cy.width(), this.cy.height()) : undefined;
    const elements = elementsOf(graph, viewport?.zoom ?? this.cy.zoom());
    const large = graph.nodes.length > LARGE || graph.edges.length > LARGE * 4;
    this.cy.scratch('cgMoved', false);
    this.cy.batch(() => {
      this.cy.elements().remove();
      if (large !== this.large) {
        this.large = large;
        this.cy.style(graphStyle(large));
      }
      if (viewport) this.cy.viewport(viewport);
      this.cy.add(elements);
    });
    // Cheaper interaction for big graphs: draw a bitmap while panning, no edges while moving.
    const r = (this.cy as unknown as { renderer(): { textureOnViewport?: boolean; hideEdgesOnViewport?: boolean } }).renderer();
    r.textureOnViewport = large;
    r.hideEdgesOnViewport = large;
  }

  /**
   * Draw every label that fits without overlapping, the biggest nodes' first (not for very
   * large views, which label what is in view once zoomed in). Marks `<html data-labels="done">`.
   */
  labels(): void {
    this.labelledAt = this.cy.zoom();
    if (!this.large) {
      clearTimeout(this.labelTimer); // a zoom's pending placing: done now
      placeLabels(this.cy);
    }
    document.documentElement.dataset.labels = 'done';
  }

  /** Light up these entities (a search's speakers); null clears. */
  light(ids: Set<string> | null): void {
    this.cy.batch(() => {
      this.cy.nodes('.hit').removeClass('hit');
      if (ids) this.entities().filter((n) => ids.has(n.id())).addClass('hit');
    });
  }

  /**
   * Arrange what is drawn: `preset` uses the server's positions; the others run in the page.
   * A layout still running is stopped first. The page (`<html>`, beside `data-ready`) carries
   * `data-layout="running"` until the last layout asked for has stopped and fitted the view,
   * then `"done"`: from then on nothing moves by itself (tests wait for it before clicking at a
   * position). Not on the container: Cytoscape resizes itself on any change of its attributes.
   */
  async layout(name: string, focus?: string): Promise<void> {
    const run = ++this.layoutRuns;
    this.stopLayout?.();
    const mark = document.documentElement.dataset;
    mark.layout = 'running';
    delete document.documentElement.dataset.labels;
    this.syncSize();
    const running = startLayout(this.cy, name, focus);
    this.stopLayout = running.stop;
    await running.done;
    if (run !== this.layoutRuns) return;
    this.stopLayout = undefined;
    this.labels();
    mark.layout = 'done';
  }

  /**
   * Tell Cytoscape the container's size now. The focus bar and the panel change it, and
   * Cytoscape hears of it through a ResizeObserver debounced by 100 ms; fitting and revealing
   * need it at once.
   */
  private syncSize(): void {
    const box = this.cy.container();
    if (box && (box.clientWidth !== this.cy.width() || box.clientHeight !== this.cy.height())) this.cy.resize();
  }

  /** Mark the focused and expanded nodes. */
  mark(focus: string | undefined, expand: string[]): void {
    this.cy.batch(() => {
      this.cy.nodes().removeClass('focus expanded');
      if (focus) this.cy.getElementById(focus).addClass('focus');
      for (const id of expand) this.cy.getElementById(id).addClass('expanded');
    });
  }

  /** Select one element (by id) and fade everything not next to it; null clears. */
  select(id: string | null): void {
    this.cy.batch(() => {
      this.cy.elements().unselect().removeClass('faded');
      if (!id) return;
      const target = this.cy.getElementById(id);
      if (target.empty()) return;
      target.select();
      if (this.large) return;
      const near = target.isNode() ? target.closedNeighborhood() : (target as unknown as EdgeSingular).connectedNodes().union(target);
      this.cy.elements().difference(near).addClass('faded');
    });
  }

  fit(): void {
    this.cy.fit(undefined, 30);
    if (this.cy.zoom() > 1.5) {
      this.cy.zoom(1.5);
      this.cy.center();
    }
  }

  /** Centre on one element (by id) if its middle is out of view. */
  private reveal(id: string): void {
    const target = this.cy.getElementById(id);
    if (target.empty() || this.stopLayout) return; // a running layout fits the view when it stops
    this.syncSize();
    const p = target.isNode() ? target.renderedPosition() : (target as unknown as EdgeSingular).renderedMidpoint();
    if (p.x >= 0 && p.y >= 0 && p.x <= this.cy.width() && p.y <= this.cy.height()) return;
    this.cy.animate({ center: { eles: target } }, { duration: 250 });
  }

  /** Centre on one node at a readable zoom. */
  centre(id: string): void {
    const n = this.cy.getElementById(id);
    if (n.nonempty()) this.cy.animate({ center: { eles: n }, zoom: Math.max(this.cy.zoom(), 1) }, { duration: 250 });
  }
}

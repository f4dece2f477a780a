import type { Core, LayoutOptions } from 'cytoscape';
import { hashString, seededRandom } from '../../seeded.js';

/** The layouts offered in the toolbar, by value. */
export const LAYOUTS: { value: string; label: string }[] = [
  { value: 'auto', label: 'Map (communities)' },
  { value: 'fcose', label: 'Force (fast)' },
  { value: 'fcose-proof', label: 'Force (careful)' },
  { value: 'concentric', label: 'Concentric by weight' },
  { value: 'breadthfirst', label: 'Tree from focus' },
  { value: 'circle', label: 'Circle' },
  { value: 'grid', label: 'Grid' },
];

const MAX_FIT_ZOOM = 1.5;

function optionsFor(cy: Core, name: string, focus: string | undefined): LayoutOptions {
  const n = cy.nodes().length;
  const animate = n <= 300;
  switch (name) {
    case 'fcose':
    case 'fcose-proof':
      return {
        name: 'fcose',
        quality: name === 'fcose' ? 'draft' : 'proof',
        randomize: true,
        animate,
        animationDuration: 400,
        nodeRepulsion: () => 25000,
        idealEdgeLength: () => 150,
        nodeSeparation: 80,
        packComponents: true,
        fit: true,
        padding: 30,
      } as unknown as LayoutOptions;
    case 'concentric':
      return { name: 'concentric', concentric: (node) => Number(node.data('size')), levelWidth: () => 12, animate, fit: true, padding: 30, minNodeSpacing: 12 } as LayoutOptions;
    case 'breadthfirst':
      return { name: 'breadthfirst', directed: false, roots: focus && cy.getElementById(focus).nonempty() ? [focus] : undefined, spacingFactor: 1.1, animate, fit: true, padding: 30 } as unknown as LayoutOptions;
    case 'circle':
      return { name: 'circle', animate, fit: true, padding: 30 };
    case 'grid':
      return { name: 'grid', animate, fit: true, padding: 30 };
    default:
      return { name: 'preset', fit: true, padding: 30 };
  }
}

/** A node as the fit sees it: its centre and size. */
export interface FitPoint {
  x: number;
  y: number;
  size: number;
}

/**
 * The viewport that shows these nodes (with room for their community frames when `framed`)
 * in a container of this size, at no more than a reading zoom. From the positions alone:
 * Cytoscape's own fit would measure every node and label, and the page needs the zoom before
 * it adds the elements (their labels are sized for it).
 */
export function presetViewport(points: FitPoint[], framed: boolean, width: number, height: number): { zoom: number; pan: { x: number; y: number } } | undefined {
  let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
  for (const p of points) {
    const r = p.size / 2;
    x1 = Math.min(x1, p.x - r); y1 = Math.min(y1, p.y - r);
    x2 = Math.max(x2, p.x + r); y2 = Math.max(y2, p.y + r + 16);
  }
  if (!Number.isFinite(x1)) return undefined;
  // Room for the community frames' padding and titles.
  if (framed) {
    x1 -= 16; x2 += 16; y1 -= 40; y2 += 16;
  }
  const pad = 20;
  const zoom = Math.min(MAX_FIT_ZOOM, (width - 2 * pad) / Math.max(1, x2 - x1), (height - 2 * pad) / Math.max(1, y2 - y1));
  return { zoom, pan: { x: (width - zoom * (x1 + x2)) / 2, y: (height - zoom * (y1 + y2)) / 2 } };
}

/** Show the nodes at the positions they came with, fitted to the screen. */
function presetFit(cy: Core): void {
  const points = cy.nodes('[type]').map((n) => ({ ...n.position(), size: Number(n.data('size') ?? 20) }));
  const viewport = presetViewport(points, cy.nodes('.group').nonempty(), cy.width(), cy.height());
  if (viewport) cy.viewport(viewport);
}

/** A layout under way: `done` resolves once it has stopped, whether it ran out or was stopped. */
export interface RunningLayout {
  done: Promise<void>;
  stop(): void;
}

/**
 * Fit what is drawn to the container as it is now, at no more than a reading zoom (a handful
 * of nodes fitted to the screen would be drawn huge). The layout's own fit was computed when it
 * started; the panel may have opened or closed since.
 */
function fitDrawn(cy: Core): void {
  cy.resize();
  cy.fit(undefined, 30);
  if (cy.zoom() > MAX_FIT_ZOOM) cy.zoom({ level: MAX_FIT_ZOOM, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

/**
 * Run `layout` with Math.random drawn from a generator seeded by what is drawn: the force
 * layouts start from random positions, and the same view must give the same picture.
 */
function runSeeded(cy: Core, run: () => void): void {
  const random = Math.random;
  Math.random = seededRandom(hashString(cy.nodes().map((n) => n.id()).sort().join('\n')));
  try {
    run();
  } finally {
    Math.random = random;
  }
}

/**
 * Start a layout. `auto` is the server's: positions computed there (communities framed in the
 * overview). A layout that is stopped leaves the viewport alone.
 */
export function startLayout(cy: Core, name: string, focus?: string): RunningLayout {
  const chosen = name === 'auto' || name === 'preset' ? 'preset' : name;
  if (chosen === 'preset') {
    // After another layout, put the nodes back where the server placed them.
    if (cy.scratch('cgMoved')) cy.nodes().positions((n) => ({ x: Number(n.data('sx')), y: Number(n.data('sy')) }));
    cy.scratch('cgMoved', false);
    presetFit(cy);
    return { done: Promise.resolve(), stop: () => undefined };
  }
  cy.scratch('cgMoved', true);
  const layout = cy.layout(optionsFor(cy, chosen, focus));
  let stopped = false;
  const done = new Promise<void>((resolve) =>
    layout.one('layoutstop', () => {
      if (!stopped && cy.nodes().length > 0) fitDrawn(cy);
      resolve();
    }),
  );
  runSeeded(cy, () => layout.run());
  return {
    done,
    stop: () => {
      stopped = true;
      layout.stop(); // emits layoutstop, so `done` resolves
    },
  };
}

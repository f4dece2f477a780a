import type { StylesheetJson } from 'cytoscape';

/** Colour and shape per entity type (also used by the legend in index.html and styles.css). */
export const TYPE_STYLE = {
  Person: { color: '#2563c9', shape: 'ellipse' },
  Organization: { color: '#d9730d', shape: 'round-rectangle' },
  Place: { color: '#1f8a5b', shape: 'diamond' },
} as const;

export const ABOUT_COLOR = '#7b8594';
export const ADDRESSED_COLOR = '#9b3dbf';

/**
 * The Cytoscape stylesheet. Node size and label size come from data (`size`, `fs`) computed
 * from how often an entity is quoted and mentioned; labels vanish below a readable zoom
 * (`min-zoomed-font-size`), which also keeps large graphs fast. `large` switches edges to
 * haystack lines (no arrows) for thousands of edges.
 */
export function graphStyle(large: boolean): StylesheetJson {
  // Measuring thousands of labels is most of the cost of the first drawing of a large graph:
  // there, only big nodes and those in view when zoomed in (class `labelled`) carry a label.
  const label = {
    label: 'data(label)',
    'font-size': 'data(fs)',
    'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    color: '#1d2330',
    'text-valign': 'bottom',
    'text-margin-y': 3,
    'text-outline-color': '#ffffff',
    'text-outline-width': 2,
    'text-outline-opacity': 0.85,
    'min-zoomed-font-size': 9,
    'text-max-width': '160px',
    'text-wrap': 'wrap',
  } as const;
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'background-color': '#888',
        'border-width': large ? 0 : 1.5,
        'border-color': '#ffffff',
        ...(large ? {} : label),
      },
    },
    ...(large ? [{ selector: 'node.labelled, node[size >= 44], node.focus, node:selected', style: label }] : []),
    ...Object.entries(TYPE_STYLE).map(([type, s]) => ({
      selector: `node[type = "${type}"]`,
      style: { 'background-color': s.color, shape: s.shape },
    })),
    { selector: 'node.focus', style: { 'border-width': 5, 'border-color': '#f2b300', 'font-weight': 'bold', 'z-index': 10 } },
    { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#f2b300' } },
    { selector: 'node:selected', style: { 'overlay-color': '#f2b300', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
    { selector: 'node.hit', style: { 'border-width': 4, 'border-color': '#e11d48' } },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': ABOUT_COLOR,
        'line-opacity': 0.75,
        'curve-style': large ? 'haystack' : 'bezier',
        'haystack-radius': 0,
        'target-arrow-shape': large ? 'none' : 'triangle',
        'target-arrow-color': ABOUT_COLOR,
        'arrow-scale': 0.9,
      },
    },
    {
      selector: 'edge[rel = "addressed"]',
      style: { 'line-color': ADDRESSED_COLOR, 'target-arrow-color': ADDRESSED_COLOR, 'line-style': 'dashed', 'line-dash-pattern': [6, 4], 'target-arrow-shape': large ? 'none' : 'vee' },
    },
    { selector: 'edge[?cypher]', style: { label: 'data(label)', 'font-size': 9, color: '#555', 'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
    { selector: 'edge:selected', style: { 'line-color': '#f2b300', 'target-arrow-color': '#f2b300', 'line-opacity': 1, 'z-index': 20 } },
    { selector: '.faded', style: { opacity: 0.18, 'text-opacity': 0 } },
  ];
}

/** Node size (px) from how often quoted and mentioned: square-root scale, 16 to 80. */
export function nodeSize(quoted: number, mentioned: number): number {
  return Math.round(Math.min(80, 16 + 7 * Math.sqrt(quoted * 2 + mentioned)));
}

/** Edge width (px) from the number of statements: 1.5 to 9. */
export function edgeWidth(count: number): number {
  return Math.min(9, 1.5 + 1.6 * Math.sqrt(count - 1 + 0.01));
}

import type { StylesheetJson } from 'cytoscape';

/** Colour and shape per entity type (also used by the legend in index.html and styles.css). */
export const TYPE_STYLE = {
  Person: { color: '#2563c9', shape: 'ellipse' },
  Organization: { color: '#d9730d', shape: 'round-rectangle' },
  Place: { color: '#1f8a5b', shape: 'diamond' },
} as const;

/**
 * Edges by the speaker's side: colours from Okabe and Ito's palette for colour-blind readers,
 * and each side with its own arrowhead too, so no one has to tell them apart by colour alone.
 */
export const STANCE_STYLE = {
  support: { color: '#0072b2', arrow: 'triangle', label: 'backs' },
  oppose: { color: '#d55e00', arrow: 'tee', label: 'attacks' },
  mixed: { color: '#e69f00', arrow: 'diamond', label: 'both' },
  neutral: { color: '#7b8594', arrow: 'triangle', label: 'neither, or not judged' },
} as const;
export type EdgeStance = keyof typeof STANCE_STYLE;

export const ADDRESSED_COLOR = '#9b3dbf';

/** A community's hue: the golden angle apart, so neighbours in the list differ most. */
export function communityColor(index: number, lightness = 42): string {
  return `hsl(${Math.round((index * 137.508) % 360)}, 55%, ${lightness}%)`;
}

/**
 * The Cytoscape stylesheet. Node size and label size come from data (`size`, `fs`); the page
 * hides labels that would overlap a bigger node's (class `nolabel`). `large` switches edges to
 * haystack lines (no arrows) for thousands of edges. Communities are tinted frames (class
 * `group`, plain nodes under the rest) named by their leading members.
 */
export function graphStyle(large: boolean): StylesheetJson {
  // Labels keep their size on screen (the page sets lfs = fs / zoom …, see labels.ts); the
  // large view draws them at the model's size and only for the nodes in view once zoomed in.
  const label = {
    label: 'data(label)',
    'font-size': large ? 'data(fs)' : 'data(lfs)',
    'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    color: '#1d2330',
    'text-valign': (large ? 'bottom' : 'data(lv)') as 'bottom',
    'text-halign': (large ? 'center' : 'data(lh)') as 'center',
    'text-margin-x': (large ? 0 : 'data(lmx)') as unknown as number,
    'text-margin-y': (large ? 3 : 'data(lmy)') as unknown as number,
    'text-outline-color': '#ffffff',
    'text-outline-width': (large ? 2 : 'data(lol)') as unknown as number,
    'text-outline-opacity': 0.85,
    'min-zoomed-font-size': large ? 7 : 0,
    'text-max-width': (large ? '190px' : 'data(lmw)') as unknown as string,
    'text-wrap': 'ellipsis',
  } as const;
  return [
    {
      selector: 'node[size]',
      style: { width: 'data(size)', height: 'data(size)' },
    },
    {
      selector: 'node[type]',
      style: {
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
    { selector: 'node.nolabel', style: { label: '' } },
    {
      selector: 'node.group',
      style: {
        shape: 'round-rectangle',
        'background-color': 'data(hue)',
        'background-opacity': 0.06,
        'border-width': 1.5,
        'border-color': 'data(hue)',
        'border-opacity': 0.55,
        width: 'data(fw)',
        height: 'data(fh)',
        // Under the edges (which Cytoscape otherwise draws under every node).
        'z-index-compare': 'manual',
        'z-index': 0,
        label: 'data(label)',
        'font-size': 'data(gfs)',
        'font-weight': 'bold',
        color: 'data(hue)',
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -2,
        'text-outline-width': 0,
        'text-wrap': 'ellipsis',
        'text-max-width': 'data(labelWidth)',
        'min-zoomed-font-size': 6,
        events: 'no',
      },
    },
    { selector: 'node.focus', style: { 'border-width': 5, 'border-color': '#f2b300', 'font-weight': 'bold', 'z-index': 10 } },
    { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#f2b300' } },
    { selector: 'node:selected', style: { 'overlay-color': '#f2b300', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
    { selector: 'node.hit', style: { 'border-width': 5, 'border-color': '#e11d48', 'z-index': 15 } },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': STANCE_STYLE.neutral.color,
        'line-opacity': 0.75,
        'curve-style': large ? 'haystack' : 'bezier',
        'haystack-radius': 0,
        'target-arrow-shape': large ? 'none' : 'triangle',
        'target-arrow-color': STANCE_STYLE.neutral.color,
        'target-arrow-fill': 'hollow',
        'arrow-scale': 1.1,
      },
    },
    ...(['support', 'oppose', 'mixed'] as const).map((s) => ({
      selector: `edge[stance = "${s}"]`,
      style: { 'line-color': STANCE_STYLE[s].color, 'target-arrow-color': STANCE_STYLE[s].color, 'target-arrow-shape': large ? ('none' as const) : STANCE_STYLE[s].arrow, 'target-arrow-fill': 'filled' as const, 'line-opacity': 0.9 },
    })),
    {
      selector: 'edge[rel = "addressed"]',
      style: { 'line-color': ADDRESSED_COLOR, 'target-arrow-color': ADDRESSED_COLOR, 'line-style': 'dashed', 'line-dash-pattern': [6, 4], 'target-arrow-shape': large ? 'none' : 'vee', 'target-arrow-fill': 'filled' },
    },
    { selector: 'edge[?cypher]', style: { label: 'data(label)', 'font-size': 9, color: '#555', 'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
    { selector: 'edge:selected', style: { 'line-color': '#f2b300', 'target-arrow-color': '#f2b300', 'line-opacity': 1, 'z-index': 20 } },
    { selector: '.faded', style: { opacity: 0.18, 'text-opacity': 0 } },
    { selector: 'node.group.faded', style: { opacity: 0.5 } },
  ];
}

/** An edge's side overall: support or oppose when its statements take only that side, mixed when both. */
export function edgeStance(stances: { support: number; oppose: number }): EdgeStance {
  if (stances.support > 0 && stances.oppose > 0) return 'mixed';
  if (stances.support > 0) return 'support';
  if (stances.oppose > 0) return 'oppose';
  return 'neutral';
}

import { displayLabel, type GraphEdge, type GraphNode } from '../model.js';
import type { Exporter } from './types.js';

/** A Cytoscape.js element definition: `{ group, data, classes }`. */
export interface CyElement {
  group: 'nodes' | 'edges';
  data: Record<string, unknown>;
  classes?: string[];
}

export interface CytoscapeOptions {
  formatNode: (node: GraphNode) => CyElement;
  formatEdge: (edge: GraphEdge) => CyElement;
  /** Indent the JSON (two spaces) instead of one line. */
  pretty: boolean;
}

/** Node data: the properties, `label` for display and `labels`; classes are the lower-cased labels. */
function formatNode(node: GraphNode): CyElement {
  return {
    group: 'nodes',
    data: { ...node.properties, id: node.id, label: displayLabel(node), labels: node.labels },
    classes: node.labels.map((l) => l.toLowerCase()),
  };
}

/** Edge data: the properties (those named like Cytoscape's own fields give way), `label` the type. */
function formatEdge(edge: GraphEdge): CyElement {
  return {
    group: 'edges',
    data: { ...edge.properties, id: edge.id, source: edge.source, target: edge.target, label: edge.type, type: edge.type },
    classes: [edge.type.toLowerCase()],
  };
}

/** Cytoscape.js JSON: `{ elements: { nodes, edges } }`, as `cy.json()` gives and `cytoscape({ elements })` takes. */
export const cytoscapeExporter: Exporter<CytoscapeOptions> = {
  format: 'cytoscape',
  description: 'Cytoscape.js JSON ({ elements: { nodes, edges } })',
  output: 'file',
  DEFAULTS: { formatNode, formatEdge, pretty: false },
  write({ graph }, options = {}) {
    const o = { ...cytoscapeExporter.DEFAULTS, ...options };
    const elements = { nodes: graph.nodes.map(o.formatNode), edges: graph.edges.map(o.formatEdge) };
    return [{ name: '', text: `${JSON.stringify({ elements }, null, o.pretty ? 2 : undefined)}\n` }];
  },
};

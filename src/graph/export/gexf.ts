import { MultiDirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import { displayLabel, type GraphEdge, type GraphNode, type Properties } from '../model.js';
import type { Exporter } from './types.js';
import { xmlSafe } from './xml.js';

/** What a node or edge becomes in GEXF: a label and typed attributes (types inferred by graphology-gexf). */
export interface GexfElement {
  label: string;
  attributes: Properties;
}

export interface GexfOptions {
  formatNode: (node: GraphNode) => GexfElement;
  formatEdge: (edge: GraphEdge) => GexfElement;
  /** GEXF 1.3 (Gephi 0.10) has list types; 1.2 writes lists as text. */
  version: '1.2' | '1.3';
  pretty: boolean;
}

function clean(props: Properties): Properties {
  const out: Properties = {};
  for (const [k, v] of Object.entries(props)) out[k] = typeof v === 'string' ? xmlSafe(v) : Array.isArray(v) && typeof v[0] === 'string' ? (v as string[]).map(xmlSafe) : v;
  return out;
}

/** Label: the display name; attributes: the properties, `labels` (`:Entity:Person`) and `type`. */
function formatNode(node: GraphNode): GexfElement {
  return { label: xmlSafe(displayLabel(node)), attributes: clean({ labels: `:${node.labels.join(':')}`, type: node.labels.at(-1)!, ...node.properties }) };
}

/** Label: the relationship type; attributes: its properties and `type`. */
function formatEdge(edge: GraphEdge): GexfElement {
  return { label: edge.type, attributes: clean({ type: edge.type, ...edge.properties }) };
}

/** GEXF for Gephi, written by graphology-gexf from a graphology multigraph. */
export const gexfExporter: Exporter<GexfOptions> = {
  format: 'gexf',
  description: 'GEXF 1.3 (Gephi), written by graphology-gexf',
  output: 'file',
  DEFAULTS: { formatNode, formatEdge, version: '1.3', pretty: true },
  write({ graph }, options = {}) {
    const o = { ...gexfExporter.DEFAULTS, ...options };
    const g = new MultiDirectedGraph();
    for (const n of graph.nodes) g.addNode(n.id, o.formatNode(n));
    for (const e of graph.edges) g.addDirectedEdgeWithKey(e.id, e.source, e.target, o.formatEdge(e));
    const text = writeGexf(g, {
      version: o.version,
      pretty: o.pretty,
      formatNode: (_key, attrs) => ({ label: attrs.label as string, attributes: attrs.attributes as Properties }),
      formatEdge: (_key, attrs) => ({ label: attrs.label as string, attributes: attrs.attributes as Properties }),
    });
    return [{ name: '', text: text.endsWith('\n') ? text : `${text}\n` }];
  },
};

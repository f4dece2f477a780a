import { displayLabel, type GraphEdge, type GraphNode, type PropertyKey, type PropertyType, type Properties } from '../model.js';
import type { Exporter } from './types.js';
import { xmlAttr, xmlText } from './xml.js';

/*
 * No maintained JavaScript library writes GraphML (graphology-graphml only parses), so this is
 * hand-written: the GraphML 1.0 schema, typed <key>s, one <data> a property.
 */

/** What a node or edge is written as: its GraphML attributes (key name → value). */
export interface GraphmlElement {
  attributes: Properties;
}

export interface GraphmlOptions {
  formatNode: (node: GraphNode) => GraphmlElement;
  formatEdge: (edge: GraphEdge) => GraphmlElement;
}

/** GraphML has scalar types only: lists are written as JSON text. */
const GRAPHML_TYPES: Record<PropertyType, string> = {
  string: 'string',
  long: 'long',
  double: 'double',
  boolean: 'boolean',
  'string[]': 'string',
  'long[]': 'string',
};

/** A node's properties, with `labels` (`:Entity:Person`, as Neo4j's own exports write them) and `label` for Gephi. */
function formatNode(node: GraphNode): GraphmlElement {
  return { attributes: { labels: `:${node.labels.join(':')}`, label: displayLabel(node), ...node.properties } };
}

/** An edge's properties, with `type` and `label` (the type) for Gephi and yEd. */
function formatEdge(edge: GraphEdge): GraphmlElement {
  return { attributes: { type: edge.type, label: edge.type, ...edge.properties } };
}

function value(v: Properties[string]): string {
  return Array.isArray(v) ? JSON.stringify(v) : String(v);
}

/** The keys actually used, in declaration order, each once; the extra ones are strings. */
function usedKeys(elements: GraphmlElement[], declared: PropertyKey[]): PropertyKey[] {
  const used = new Set(elements.flatMap((e) => Object.keys(e.attributes)));
  const known = new Map(declared.map((k) => [k.name, k]));
  const keys: PropertyKey[] = [];
  for (const name of used) keys.push(known.get(name) ?? { name, type: 'string' });
  const order = new Map(declared.map((k, i) => [k.name, i]));
  return keys.sort((a, b) => (order.get(a.name) ?? -1) - (order.get(b.name) ?? -1));
}

function* document(nodes: GraphmlElement[], nodeIds: string[], edges: GraphmlElement[], edgeEnds: GraphEdge[], nodeKeys: PropertyKey[], edgeKeys: PropertyKey[]): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  // Key ids are positional (n0, e0 …): property names need not be XML names.
  const nodeKeyId = new Map(nodeKeys.map((k, i) => [k.name, `n${i}`]));
  const edgeKeyId = new Map(edgeKeys.map((k, i) => [k.name, `e${i}`]));
  for (const k of nodeKeys) yield `  <key id="${nodeKeyId.get(k.name)}" for="node" attr.name=${xmlAttr(k.name)} attr.type="${GRAPHML_TYPES[k.type]}"/>\n`;
  for (const k of edgeKeys) yield `  <key id="${edgeKeyId.get(k.name)}" for="edge" attr.name=${xmlAttr(k.name)} attr.type="${GRAPHML_TYPES[k.type]}"/>\n`;
  yield '  <graph id="claimgraph" edgedefault="directed">\n';
  for (const [i, n] of nodes.entries()) {
    yield `    <node id=${xmlAttr(nodeIds[i]!)}>\n`;
    for (const [k, v] of Object.entries(n.attributes)) yield `      <data key="${nodeKeyId.get(k)}">${xmlText(value(v))}</data>\n`;
    yield '    </node>\n';
  }
  for (const [i, e] of edges.entries()) {
    const { id, source, target } = edgeEnds[i]!;
    yield `    <edge id=${xmlAttr(id)} source=${xmlAttr(source)} target=${xmlAttr(target)}>\n`;
    for (const [k, v] of Object.entries(e.attributes)) yield `      <data key="${edgeKeyId.get(k)}">${xmlText(value(v))}</data>\n`;
    yield '    </edge>\n';
  }
  yield '  </graph>\n</graphml>\n';
}

/** GraphML 1.0 (Gephi, yEd, Cytoscape desktop, NetworkX): directed, typed keys. */
export const graphmlExporter: Exporter<GraphmlOptions> = {
  format: 'graphml',
  description: 'GraphML 1.0 with typed keys (Gephi, yEd, NetworkX)',
  output: 'file',
  DEFAULTS: { formatNode, formatEdge },
  write({ graph }, options = {}) {
    const o = { ...graphmlExporter.DEFAULTS, ...options };
    const nodes = graph.nodes.map(o.formatNode);
    const edges = graph.edges.map(o.formatEdge);
    const nodeKeys = usedKeys(nodes, [{ name: 'labels', type: 'string' }, { name: 'label', type: 'string' }, ...graph.nodeKeys]);
    const edgeKeys = usedKeys(edges, [{ name: 'type', type: 'string' }, { name: 'label', type: 'string' }, ...graph.edgeKeys]);
    const text = [...document(nodes, graph.nodes.map((n) => n.id), edges, graph.edges, nodeKeys, edgeKeys)].join('');
    return [{ name: '', text }];
  },
};

/**
 * The types of the graph model (see ../model.ts): the property graph of the spec's "In Neo4j"
 * section, the one interchange shape the loader and every exporter read.
 */

/** The type of a property, as Neo4j stores it (and GraphML, GEXF and CSV headers declare it). */
export type PropertyType = 'string' | 'long' | 'double' | 'boolean' | 'string[]' | 'long[]';

export type PropertyValue = string | number | boolean | string[] | number[];
export type Properties = Record<string, PropertyValue>;

/** A node: its id, its labels (the first is the primary one) and its properties (id among them). */
export interface GraphNode {
  id: string;
  labels: string[];
  properties: Properties;
}

/** A relationship. `id` is stable: the relation's own id, or `TYPE:source->target`. */
export interface GraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  sourceLabel: string;
  targetLabel: string;
  properties: Properties;
}

/** A declared property: its name and type. */
export interface PropertyKey {
  name: string;
  type: PropertyType;
  /**
   * True when the values under this key are of more than one type (a relation's own property
   * that is a number in one relation and a string in another): `type` is then `string`, which
   * is what a typed format writes, while Neo4j keeps each value's own type.
   */
  mixed?: boolean;
}

export interface GraphModel {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Every node property, each with one type (in a fixed order). */
  nodeKeys: PropertyKey[];
  /** Every relationship property, each with one type. */
  edgeKeys: PropertyKey[];
  /** The snapshot's createdAt. */
  createdAt: string;
}

/** The primary labels, and the relationship types that are not snapshot relations. */
export const NODE_LABELS = ['Document', 'Entity', 'Statement', 'Claim'] as const;
export const ENTITY_LABELS = ['Person', 'Organization', 'Place'] as const;
export const STATEMENT_EDGE_TYPES = ['SAID', 'ADDRESSED_TO', 'ABOUT', 'REPORTED_IN', 'MENTIONED_IN', 'PART_OF'] as const;

/** A MENTIONED_IN's `mentions`: where and in which words the entity is named in the document. */
export type MentionSpans = [start: number, end: number, text: string][];

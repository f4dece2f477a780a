import type { Entity, Relation, Snapshot, Statement } from '../snapshot/schema.js';

/**
 * The one interchange shape of the graph: the property graph of the spec's "In Neo4j" section,
 * built once from a snapshot. The loader and every exporter read this, never the snapshot itself.
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

/** A declared property: which elements carry it and its type. */
export interface PropertyKey {
  name: string;
  type: PropertyType;
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
export const NODE_LABELS = ['Document', 'Entity', 'Statement'] as const;
export const ENTITY_LABELS = ['Person', 'Organization', 'Place'] as const;
export const STATEMENT_EDGE_TYPES = ['SAID', 'ADDRESSED_TO', 'ABOUT', 'REPORTED_IN', 'MENTIONED_IN'] as const;

const NODE_KEYS: PropertyKey[] = [
  { name: 'id', type: 'string' },
  { name: 'title', type: 'string' },
  { name: 'source', type: 'string' },
  { name: 'url', type: 'string' },
  { name: 'publishedAt', type: 'string' },
  { name: 'path', type: 'string' },
  { name: 'length', type: 'long' },
  { name: 'snapshotCreatedAt', type: 'string' },
  { name: 'name', type: 'string' },
  { name: 'aliases', type: 'string[]' },
  { name: 'docId', type: 'string' },
  { name: 'kind', type: 'string' },
  { name: 'content', type: 'string' },
  { name: 'start', type: 'long' },
  { name: 'end', type: 'long' },
  { name: 'cue', type: 'string' },
  { name: 'cueStart', type: 'long' },
  { name: 'cueEnd', type: 'long' },
  { name: 'cueClass', type: 'string' },
  { name: 'confidence', type: 'double' },
  { name: 'speakerText', type: 'string' },
  { name: 'speakerStart', type: 'long' },
  { name: 'speakerEnd', type: 'long' },
  { name: 'addresseeText', type: 'string' },
  { name: 'addresseeStart', type: 'long' },
  { name: 'addresseeEnd', type: 'long' },
];

const EDGE_KEYS: PropertyKey[] = [
  { name: 'text', type: 'string' },
  { name: 'start', type: 'long' },
  { name: 'end', type: 'long' },
  { name: 'count', type: 'long' },
  { name: 'mentions', type: 'string' },
  { name: 'id', type: 'string' },
  { name: 'docId', type: 'string' },
  { name: 'evidenceText', type: 'string' },
  { name: 'evidenceStart', type: 'long' },
  { name: 'evidenceEnd', type: 'long' },
];

/** Keys of a relation relationship that its own `properties` may not override. */
const RELATION_RESERVED = new Set(['id', 'docId', 'evidenceText', 'evidenceStart', 'evidenceEnd']);

/** Drop undefined and null values (Neo4j stores no nulls). */
function defined(props: Record<string, PropertyValue | null | undefined>): Properties {
  const out: Properties = {};
  for (const [k, v] of Object.entries(props)) if (v !== undefined && v !== null) out[k] = v;
  return out;
}

function entityNode(e: Entity): GraphNode {
  return { id: e.id, labels: ['Entity', e.type], properties: { id: e.id, name: e.name, aliases: [...e.aliases] } };
}

/** A statement's node: cue, and the words of a speaker or addressee that resolved to no entity. */
function statementNode(s: Statement): GraphNode {
  const unresolvedSpeaker = s.speaker && s.speaker.entityId === null ? s.speaker : null;
  const unresolvedAddressee = s.addressee && s.addressee.entityId === null ? s.addressee : null;
  return {
    id: s.id,
    labels: ['Statement'],
    properties: defined({
      id: s.id,
      docId: s.docId,
      kind: s.kind,
      content: s.content,
      start: s.start,
      end: s.end,
      cue: s.cue?.text,
      cueStart: s.cue?.start,
      cueEnd: s.cue?.end,
      cueClass: s.cueClass,
      confidence: s.confidence,
      speakerText: unresolvedSpeaker?.text,
      speakerStart: unresolvedSpeaker?.start,
      speakerEnd: unresolvedSpeaker?.end,
      addresseeText: unresolvedAddressee?.text,
      addresseeStart: unresolvedAddressee?.start,
      addresseeEnd: unresolvedAddressee?.end,
    }),
  };
}

function edge(type: string, source: string, sourceLabel: string, target: string, targetLabel: string, properties: Properties = {}): GraphEdge {
  return { id: `${type}:${source}->${target}`, type, source, target, sourceLabel, targetLabel, properties };
}

function statementEdges(s: Statement): GraphEdge[] {
  const edges = [edge('REPORTED_IN', s.id, 'Statement', s.docId, 'Document')];
  if (s.speaker?.entityId) {
    const { text, start, end } = s.speaker;
    edges.push(edge('SAID', s.speaker.entityId, 'Entity', s.id, 'Statement', { text, start, end }));
  }
  if (s.addressee?.entityId) {
    const { text, start, end } = s.addressee;
    edges.push(edge('ADDRESSED_TO', s.id, 'Statement', s.addressee.entityId, 'Entity', { text, start, end }));
  }
  for (const about of new Set(s.about)) edges.push(edge('ABOUT', s.id, 'Statement', about, 'Entity'));
  return edges;
}

/** A MENTIONED_IN's `mentions`: where and in which words the entity is named in the document. */
export type MentionSpans = [start: number, end: number, text: string][];

/**
 * One MENTIONED_IN per entity and document, with the count and every mention as a JSON array of
 * `[start, end, text]` (`mentions`). One string rather than three lists: this is the largest
 * relationship group, and one property loads markedly faster into Neo4j (BBC bench: 14% more
 * rows a second on a first load).
 */
function mentionEdges(e: Entity): GraphEdge[] {
  const byDoc = new Map<string, MentionSpans>();
  for (const m of e.mentions) {
    let spans = byDoc.get(m.docId);
    if (!spans) byDoc.set(m.docId, (spans = []));
    spans.push([m.start, m.end, m.text]);
  }
  return [...byDoc].map(([docId, spans]) => edge('MENTIONED_IN', e.id, 'Entity', docId, 'Document', { count: spans.length, mentions: JSON.stringify(spans) }));
}

function relationEdge(r: Relation): GraphEdge {
  const own = defined(Object.fromEntries(Object.entries(r.properties ?? {}).filter(([k]) => !RELATION_RESERVED.has(k))));
  return {
    ...edge(r.type, r.from, 'Entity', r.to, 'Entity'),
    id: r.id,
    properties: { ...own, id: r.id, docId: r.docId, evidenceText: r.evidence.text, evidenceStart: r.evidence.start, evidenceEnd: r.evidence.end },
  };
}

/** The type of a relation's own property, from its values: long if every number is an integer. */
function inferType(values: PropertyValue[]): PropertyType {
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.every((v) => typeof v === 'number')) return values.every((v) => Number.isInteger(v)) ? 'long' : 'double';
  return 'string';
}

/** Declared keys, plus the relations' own property keys (typed from their values). */
function edgeKeysOf(edges: GraphEdge[]): PropertyKey[] {
  const known = new Set(EDGE_KEYS.map((k) => k.name));
  const extra = new Map<string, PropertyValue[]>();
  for (const e of edges) {
    for (const [k, v] of Object.entries(e.properties)) {
      if (known.has(k)) continue;
      const values = extra.get(k) ?? [];
      values.push(v);
      extra.set(k, values);
    }
  }
  return [...EDGE_KEYS, ...[...extra].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, values]) => ({ name, type: inferType(values) }))];
}

/**
 * Build the property graph of a snapshot. Relationships whose endpoint is not in the snapshot
 * (a dangling speaker or relation id) are left out, as the loader could not match them either.
 */
export function snapshotToGraph(snapshot: Snapshot): GraphModel {
  const nodes: GraphNode[] = [
    ...snapshot.documents.map(
      (d): GraphNode => ({
        id: d.id,
        labels: ['Document'],
        properties: defined({ id: d.id, title: d.title, source: d.source, url: d.url, publishedAt: d.publishedAt, path: d.path, length: d.length, snapshotCreatedAt: snapshot.createdAt }),
      }),
    ),
    ...snapshot.entities.map(entityNode),
    ...snapshot.statements.map(statementNode),
  ];
  const present = new Map(nodes.map((n) => [n.id, n.labels[0]]));
  const edges = [...snapshot.statements.flatMap(statementEdges), ...snapshot.entities.flatMap(mentionEdges), ...snapshot.relations.map(relationEdge)].filter(
    (e) => present.get(e.source) === e.sourceLabel && present.get(e.target) === e.targetLabel,
  );
  return { nodes, edges, nodeKeys: NODE_KEYS, edgeKeys: edgeKeysOf(edges), createdAt: snapshot.createdAt };
}

/** How many nodes carry each label, and how many relationships have each type. */
export function graphCounts(graph: GraphModel): { labels: Record<string, number>; types: Record<string, number> } {
  const labels: Record<string, number> = {};
  const types: Record<string, number> = {};
  for (const n of graph.nodes) for (const l of n.labels) labels[l] = (labels[l] ?? 0) + 1;
  for (const e of graph.edges) types[e.type] = (types[e.type] ?? 0) + 1;
  return { labels, types };
}

/** A short human label for a node: an entity's name, a document's title (or id), a statement's first words. */
export function displayLabel(node: GraphNode): string {
  const p = node.properties;
  if (node.labels[0] === 'Entity') return String(p.name);
  if (node.labels[0] === 'Document') return String(p.title ?? p.id);
  const content = String(p.content ?? p.id);
  return content.length > 60 ? `${content.slice(0, 59)}…` : content;
}

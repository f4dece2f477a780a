import type { GraphEdge, PropertyKey, PropertyType, PropertyValue } from './types.js';

/** The properties nodes may carry, each with its type, in the order formats declare them. */
export const NODE_KEYS: PropertyKey[] = [
  { name: 'id', type: 'string' },
  { name: 'title', type: 'string' },
  { name: 'source', type: 'string' },
  { name: 'url', type: 'string' },
  { name: 'publishedAt', type: 'string' },
  { name: 'path', type: 'string' },
  { name: 'length', type: 'long' },
  { name: 'author', type: 'string' },
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
  { name: 'speaker', type: 'string' },
  { name: 'firstSeenStatementId', type: 'string' },
  { name: 'firstSeenDocId', type: 'string' },
  { name: 'firstSeenPublishedAt', type: 'string' },
  { name: 'firstSeenSource', type: 'string' },
];

/** The properties relationships may carry besides a relation's own. */
export const EDGE_KEYS: PropertyKey[] = [
  { name: 'text', type: 'string' },
  { name: 'start', type: 'long' },
  { name: 'end', type: 'long' },
  { name: 'count', type: 'long' },
  { name: 'mentions', type: 'string' },
  { name: 'stance', type: 'string' },
  { name: 'score', type: 'double' },
  { name: 'id', type: 'string' },
  { name: 'docId', type: 'string' },
  { name: 'evidenceText', type: 'string' },
  { name: 'evidenceStart', type: 'long' },
  { name: 'evidenceEnd', type: 'long' },
];

/** The type of a value: long for a whole number, as JSON cannot tell 2 from 2.0. */
function typeOf(v: PropertyValue): PropertyType {
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isInteger(v) ? 'long' : 'double';
  return 'string';
}

/**
 * The type of a relation's own property, from its values, never from its name (a key
 * `since:int` holding "yesterday" is a string): long when every number is whole, double when
 * some is not; values of different kinds (a number here, a string there) are `mixed`.
 */
export function inferKey(name: string, values: PropertyValue[]): PropertyKey {
  const types = new Set(values.map(typeOf));
  if (types.size === 1) return { name, type: [...types][0]! };
  if (types.size === 2 && types.has('long') && types.has('double')) return { name, type: 'double' };
  return { name, type: 'string', mixed: true };
}

/** Declared keys, plus the relations' own property keys (typed from their values), sorted by name. */
export function edgeKeysOf(edges: GraphEdge[]): PropertyKey[] {
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
  return [...EDGE_KEYS, ...[...extra].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, values]) => inferKey(name, values))];
}

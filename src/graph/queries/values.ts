import neo4j from 'neo4j-driver';

/**
 * A driver value as plain JSON-able data: integers as numbers where safe (else their decimal
 * text), nodes as `{ labels, properties }`, relationships as `{ type, properties }`, paths as
 * their nodes and relationships, temporal and spatial values as their ISO text.
 */
export function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value !== 'object') return value;
  if (value instanceof neo4j.types.Node) return { labels: value.labels, properties: plain(value.properties) };
  if (value instanceof neo4j.types.Relationship) return { type: value.type, properties: plain(value.properties) };
  if (value instanceof neo4j.types.Path) return { nodes: [value.start, ...value.segments.map((s) => s.end)].map(plain), relationships: value.segments.map((s) => plain(s.relationship)) };
  if (isTemporalOrPoint(value)) return value.toString();
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
}

function isTemporalOrPoint(value: object): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value) ||
    neo4j.isPoint(value)
  );
}

/**
 * A `--param name=value` value: JSON when it parses (numbers, booleans, null, lists, maps;
 * whole numbers become Neo4j integers), else the text as given.
 */
export function parseParamValue(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return text;
  }
  return toDriver(value);
}

/** JavaScript values as query parameters: whole numbers become Neo4j integers (the driver would send floats). */
export function toDriver(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toDriver);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toDriver(v)]));
  return value;
}

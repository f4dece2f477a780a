import neo4j from 'neo4j-driver';
import type { PropertyType } from '../model.js';

/**
 * Rows travel as lists, not maps. The driver's time goes by the value it packs, and a map packs
 * every key again for every row: as lists, a load of the BBC snapshot sends 7.8 MB rather than
 * 12.3 MB, the driver packs fewer than half the values, and the server unpacks no maps.
 *
 * A row is its lead values (the ids of a relationship's ends, say), then one value per property
 * key of its group in a fixed order, `null` where the row has none: SET and CREATE store no
 * nulls, so a null is the same as an absent key.
 */
export class RowLayout {
  readonly keys: readonly string[];
  readonly lead: readonly string[];

  constructor(keys: readonly string[], lead: readonly string[] = []) {
    this.keys = keys;
    this.lead = lead;
  }

  /** The Cypher that reads lead value `name` of row variable `row`. */
  leadAt(name: string, row = 'row'): string {
    const i = this.lead.indexOf(name);
    if (i < 0) throw new Error(`graph/rows: no lead value ${JSON.stringify(name)} in [${this.lead.join(', ')}]`);
    return `${row}[${i}]`;
  }

  /** The Cypher that reads property `key` of row variable `row`. */
  prop(key: string, row = 'row'): string {
    const i = this.keys.indexOf(key);
    if (i < 0) throw new Error(`graph/rows: no property ${JSON.stringify(key)} in [${this.keys.join(', ')}]`);
    return `${row}[${this.lead.length + i}]`;
  }

  /** As prop, or `fallback` (a Cypher expression) when the group has no such property. */
  propOr(key: string, fallback = 'null', row = 'row'): string {
    return this.keys.includes(key) ? this.prop(key, row) : fallback;
  }

  /** A Cypher map of every property of row variable `row`, e.g. `{id: row[0], name: row[1]}`. */
  props(row = 'row'): string {
    return `{${this.keys.map((k) => `${mapKey(k)}: ${this.prop(k, row)}`).join(', ')}}`;
  }

  /**
   * One row: the lead values, then the properties in key order; given `types`, each property as
   * the driver must send it (see toNeo4j).
   */
  row(lead: unknown[], props: Record<string, unknown>, types?: Map<string, PropertyType>): unknown[] {
    const out = [...lead];
    for (const k of this.keys) out.push(types ? toNeo4j(props[k] ?? null, types.get(k)) : (props[k] ?? null));
    return out;
  }

  /** The type of the value at `position` of a row: lead values are ids (strings). */
  typeAt(position: number, types: Map<string, PropertyType>): PropertyType | undefined {
    return position < this.lead.length ? 'string' : types.get(this.keys[position - this.lead.length]!);
  }

  /** A row with each value as the driver must send its type (Neo4j's integers; see toNeo4j). */
  typed(row: unknown[], types: Map<string, PropertyType>): unknown[] {
    return row.map((v, i) => toNeo4j(v, this.typeAt(i, types)));
  }
}

/** A key of a Cypher map literal, quoted when it is not a plain identifier. */
export function mapKey(k: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : `\`${k.replace(/`/g, '``')}\``;
}

/** The property keys of some elements, in first-seen order. */
export function keysOf(items: Iterable<{ properties: Record<string, unknown> }>): string[] {
  const keys = new Set<string>();
  for (const item of items) for (const k of Object.keys(item.properties)) keys.add(k);
  return [...keys];
}

/**
 * A value as the driver must send it: JavaScript numbers go as floats, so whole numbers become
 * Neo4j integers unless their key is a double (a key of mixed values is typed `string`, and its
 * numbers keep their own type, as they do in the snapshot).
 */
function toNeo4j(value: unknown, type: PropertyType | undefined): unknown {
  if (typeof value === 'number' && type !== 'double' && Number.isInteger(value)) return neo4j.int(value);
  if (type === 'long[]' && Array.isArray(value)) return value.map((x) => neo4j.int(x as number));
  return value;
}

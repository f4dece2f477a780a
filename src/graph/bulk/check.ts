import type { Driver } from 'neo4j-driver';
import type { GraphModel } from '../model.js';

/** Whether a database may be bulk loaded, and why not. */

/** The names of the schema claimgraph makes (see ingest/cypher.ts schemaStatements). */
const OURS = /^(?:(?:document|entity|statement|claim|person|organization|place)_id|rel_[a-z0-9_]+_id|entity_names|statement_content)$/;

/** What the database holds that a bulk load would replace: nodes, and schema claimgraph did not make. */
export interface Occupancy {
  name: string;
  nodes: number;
  foreignSchema: string[];
}

/** The database's name, node count (from the count store: instant) and the indexes and constraints not claimgraph's. */
export async function occupancy(driver: Driver, database: string | undefined): Promise<Occupancy> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    const name = (await session.run('CALL db.info() YIELD name RETURN name')).records[0]!.get('name') as string;
    const nodes = Number((await session.run('MATCH (n) RETURN count(n) AS n')).records[0]!.get('n'));
    const indexes = (await session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")).records.map((r) => r.get('name') as string);
    const constraints = (await session.run('SHOW CONSTRAINTS YIELD name RETURN name')).records.map((r) => r.get('name') as string);
    return { name, nodes, foreignSchema: [...new Set([...indexes, ...constraints])].filter((n) => !OURS.test(n)).sort() };
  } finally {
    await session.close();
  }
}

/** Why the database cannot take a bulk load, or undefined when it can. */
export function occupied(o: Occupancy): string | undefined {
  if (o.nodes > 0) return `database '${o.name}' is not empty (${o.nodes.toLocaleString('en-US')} nodes)`;
  if (o.foreignSchema.length > 0) return `database '${o.name}' has indexes or constraints claimgraph did not make (${o.foreignSchema.join(', ')}), which an import would drop`;
  return undefined;
}

/**
 * Why neo4j-admin could not load this graph exactly as the transactional loader would, or
 * undefined: a relation property whose values are of several types (a CSV column has one), or
 * whose key the importer misreads (parentheses).
 */
export function unimportable(graph: GraphModel): string | undefined {
  const mixed = graph.edgeKeys.find((k) => k.mixed);
  if (mixed) return `relation property '${mixed.name}' holds values of different types`;
  const misread = [...graph.nodeKeys, ...graph.edgeKeys].find((k) => /[()]/.test(k.name));
  if (misread) return `property key '${misread.name}' holds parentheses, which neo4j-admin reads as an id group`;
  return undefined;
}

import neo4j, { type Driver } from 'neo4j-driver';
import type { CypherResponse } from './api-types.js';
import type { CypherLimits } from './source.js';

type GraphOut = CypherResponse['graph'];

/** A driver value as JSON for the table: integers as numbers, nodes by name, temporals as text. */
function cell(value: unknown, graph: GraphOut, seen: Set<string>): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
  if (Array.isArray(value)) return value.map((v) => cell(v, graph, seen));
  if (typeof value !== 'object') return value;
  if (value instanceof neo4j.types.Node) {
    addNode(value, graph, seen);
    return { node: value.labels.join(':'), ...(cell(value.properties, graph, seen) as object) };
  }
  if (value instanceof neo4j.types.Relationship) {
    addEdge(value, graph, seen);
    return { relationship: value.type, ...(cell(value.properties, graph, seen) as object) };
  }
  if (value instanceof neo4j.types.Path) {
    for (const seg of value.segments) {
      addNode(seg.start, graph, seen);
      addNode(seg.end, graph, seen);
      addEdge(seg.relationship, graph, seen);
    }
    addNode(value.start, graph, seen);
    return { path: value.length };
  }
  if ('toString' in value && (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isDuration(value) || neo4j.isLocalDateTime(value) || neo4j.isPoint(value))) return String(value);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cell(v, graph, seen)]));
}

function addNode(n: InstanceType<typeof neo4j.types.Node>, graph: GraphOut, seen: Set<string>): void {
  if (seen.has(n.elementId)) return;
  seen.add(n.elementId);
  const p = n.properties as Record<string, unknown>;
  const name = typeof p.name === 'string' ? p.name : typeof p.title === 'string' ? p.title : typeof p.content === 'string' ? p.content.slice(0, 60) : String(p.id ?? n.labels[0] ?? 'node');
  const properties = Object.fromEntries(Object.entries(p).map(([k, v]) => [k, cell(v, graph, seen)]));
  graph.nodes.push({ id: n.elementId, labels: n.labels, name, properties });
}

function addEdge(r: InstanceType<typeof neo4j.types.Relationship>, graph: GraphOut, seen: Set<string>): void {
  if (seen.has(r.elementId)) return;
  seen.add(r.elementId);
  graph.edges.push({ id: r.elementId, source: r.startNodeElementId, target: r.endNodeElementId, type: r.type });
}

/**
 * Run one query from the page in a READ transaction (the server refuses writes in it), with a
 * server-side time limit, keeping at most `maxRows` rows. Nodes, relationships and paths in the
 * results also come back as a graph (edges only between nodes that came back).
 */
export async function runReadCypher(driver: Driver, database: string | undefined, query: string, params: Record<string, unknown>, limits: CypherLimits): Promise<CypherResponse> {
  const started = Date.now();
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(
      async (tx) => {
        const graph: GraphOut = { nodes: [], edges: [] };
        const seen = new Set<string>();
        const rows: unknown[][] = [];
        let columns: string[] = [];
        let truncated = false;
        const result = tx.run(query, params);
        for await (const record of result) {
          if (rows.length === 0) columns = record.keys as string[];
          if (rows.length >= limits.maxRows) {
            truncated = true;
            break;
          }
          rows.push(record.keys.map((k) => cell(record.get(k), graph, seen)));
        }
        if (rows.length === 0) columns = (await result.keys()) as string[];
        const ids = new Set(graph.nodes.map((n) => n.id));
        graph.edges = graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
        return { columns, rows, graph, truncated, ms: Date.now() - started };
      },
      { timeout: limits.timeoutMs },
    );
  } finally {
    await session.close();
  }
}

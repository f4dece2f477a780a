import neo4j, { type Driver, type Result } from 'neo4j-driver';
import { guardQuery, QueryRefused } from '../graph/queries/guard.js';
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

/** The most a Cypher answer may weigh, as JSON; the rows after it are cut, and `notice` says so. */
export const MAX_CYPHER_BYTES = 4 * 1024 * 1024;
/** The wall clock allows this much beyond the transaction's own time limit (converting, sending). */
export const WALL_CLOCK_GRACE_MS = 2000;

/** An answer of the Cypher box; `notice` explains a cut that the row limit alone does not. */
export type CypherAnswer = CypherResponse & { notice?: string };

/** The page's query took longer than its limit on this server's own clock. */
class WallClockExceeded extends Error {}

/** One line for a driver error: Neo4j's own message, or that Neo4j cannot be reached. */
function describeFailure(err: unknown, limits: CypherLimits): Error {
  if (err instanceof QueryRefused) return new Error(`the Cypher box only reads the graph: ${err.reason}`);
  if (err instanceof WallClockExceeded) return new Error(`the query ran longer than ${limits.timeoutMs / 1000} s and was stopped`);
  const code = (err as { code?: string }).code ?? '';
  const message = (err instanceof Error ? err.message : String(err)).split('\n')[0]!;
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') return new Error(`Neo4j is not reachable (${/Caused by: (.+)$/.exec(message)?.[1] ?? message})`);
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) return new Error(`the query ran longer than ${limits.timeoutMs / 1000} s and was stopped`);
  return err instanceof Error ? new Error(message) : new Error(message);
}

/**
 * Run one query from the page. It is checked first (graph/queries/guard.ts, `browse`: reading
 * the graph only, by its words and by its plan), then runs in a READ transaction with the
 * server's time limit, and this server's own wall clock beside it. The answer is bounded in rows
 * (`maxRows`) and in bytes (MAX_CYPHER_BYTES): records stream in small batches and reading stops
 * at either limit. No retries: with Neo4j down the answer comes at once. Nodes, relationships
 * and paths also come back as a graph (edges only between nodes that came back).
 */
export async function runReadCypher(driver: Driver, database: string | undefined, query: string, params: Record<string, unknown>, limits: CypherLimits): Promise<CypherAnswer> {
  const started = Date.now();
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ, fetchSize: 25 });
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const wallClock = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new WallClockExceeded()), limits.timeoutMs + WALL_CLOCK_GRACE_MS);
  });
  const work = async (): Promise<CypherAnswer> => {
    await guardQuery(session, query, params, 'browse');
    const tx = session.beginTransaction({ timeout: limits.timeoutMs });
    try {
      return await collect(tx.run(query, params), limits, () => stopped, started);
    } finally {
      await tx.rollback().catch(() => undefined);
    }
  };
  try {
    return await Promise.race([work(), wallClock]);
  } catch (err) {
    throw describeFailure(err, limits);
  } finally {
    stopped = true;
    clearTimeout(timer);
    // Closing ends the transaction on the server; never wait on a server that stopped answering.
    void session.close().catch(() => undefined);
  }
}

/** Read records into the answer until the rows, the bytes or the wall clock run out. */
async function collect(result: Result, limits: CypherLimits, isStopped: () => boolean, started: number): Promise<CypherAnswer> {
  const graph: GraphOut = { nodes: [], edges: [] };
  const seen = new Set<string>();
  const rows: unknown[][] = [];
  let columns: string[] = [];
  let bytes = 0;
  let notice: string | undefined;
  let truncated = false;
  for await (const record of result) {
    if (isStopped()) break;
    if (rows.length === 0) columns = record.keys as string[];
    if (rows.length >= limits.maxRows) {
      truncated = true;
      break;
    }
    const nodesBefore = graph.nodes.length;
    const row = record.keys.map((k) => cell(record.get(k), graph, seen));
    bytes += JSON.stringify(row).length + JSON.stringify(graph.nodes.slice(nodesBefore)).length;
    if (bytes > MAX_CYPHER_BYTES) {
      graph.nodes.length = nodesBefore;
      truncated = true;
      notice = `the answer was cut after ${rows.length} row(s): it would be larger than ${MAX_CYPHER_BYTES / 2 ** 20} MiB (return fewer or smaller values, or add LIMIT)`;
      break;
    }
    rows.push(row);
  }
  if (rows.length === 0 && !notice) columns = (await result.keys()) as string[];
  const ids = new Set(graph.nodes.map((n) => n.id));
  graph.edges = graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  return { columns, rows, graph, truncated, ms: Date.now() - started, ...(notice && { notice }) };
}

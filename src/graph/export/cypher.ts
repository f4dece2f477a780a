import { edgeUpserts, nodeUpserts, schemaStatements, type Upsert } from '../ingest/cypher.js';
import type { PropertyType } from '../model.js';
import { mapKey } from '../ingest/rows.js';
import type { Exporter } from './types.js';

/**
 * A Cypher script that recreates the graph: the loader's own schema and upserts, with each
 * batch's rows written in as a literal list instead of the `$rows` parameter (each row a list,
 * whose values the statement's SET names). One statement a
 * line, each ending in `;` (cypher-shell runs it: `cypher-shell -f graph.cypher`), so running it
 * twice changes nothing.
 */

export interface CypherOptions {
  /** Rows a statement. */
  batchSize: number;
}

/** A Cypher string literal. */
export function cypherString(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}'`;
}

/** A value as a Cypher literal; `double` numbers always carry a decimal point. */
export function cypherLiteral(value: unknown, type?: PropertyType): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return type === 'double' && Number.isInteger(value) ? value.toFixed(1) : String(value);
  if (Array.isArray(value)) return `[${value.map((v) => cypherLiteral(v)).join(', ')}]`;
  const types = value as Record<string, unknown>;
  return `{${Object.entries(types)
    .map(([k, v]) => `${mapKey(k)}: ${cypherLiteral(v)}`)
    .join(', ')}}`;
}

function statement(upsert: Upsert, rows: Upsert['rows'], types: Map<string, PropertyType>): string {
  const literal = rows.map((row) => `[${row.map((v, i) => cypherLiteral(v, upsert.layout.typeAt(i, types))).join(', ')}]`);
  return `${upsert.cypher.replace('UNWIND $rows AS row', () => `UNWIND [${literal.join(', ')}] AS row`)};`;
}

export const cypherExporter: Exporter<CypherOptions> = {
  format: 'cypher',
  description: 'a Cypher script that recreates the graph (idempotent MERGEs)',
  output: 'file',
  DEFAULTS: { batchSize: 500 },
  write({ graph, snapshot }, options = {}) {
    const o = { ...cypherExporter.DEFAULTS, ...options };
    const relationTypes = new Set(snapshot.relations.map((r) => r.type));
    const lines = [`// claimgraph graph, snapshot of ${graph.createdAt}: ${graph.nodes.length} nodes, ${graph.edges.length} relationships`];
    lines.push(...schemaStatements([...relationTypes].sort()).map((s) => `${s};`));
    const nodeTypes = new Map(graph.nodeKeys.map((k) => [k.name, k.type]));
    const edgeTypes = new Map(graph.edgeKeys.map((k) => [k.name, k.type]));
    for (const [upserts, types] of [
      [nodeUpserts(graph.nodes), nodeTypes],
      [edgeUpserts(graph.edges, relationTypes), edgeTypes],
    ] as const) {
      for (const u of upserts) for (let i = 0; i < u.rows.length; i += o.batchSize) lines.push(statement(u, u.rows.slice(i, i + o.batchSize), types));
    }
    return [{ name: '', text: `${lines.join('\n')}\n` }];
  },
};

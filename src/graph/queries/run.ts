import neo4j, { type Driver, type ManagedTransaction, type Result } from 'neo4j-driver';
import { guardQuery, QueryRefused, type QueryAccess } from './guard.js';
import { plain, toDriver } from './values.js';

export interface QueryOptions {
  database?: string;
  /** Allow writes, LOAD CSV and CALL … IN TRANSACTIONS (a write transaction); without it the query only reads. */
  write?: boolean;
  /** Run anything the server allows (administration, schema, any procedure), unchecked. */
  admin?: boolean;
  /** The server ends the transaction after this long. */
  timeoutMs?: number;
  /** Rows kept; the rest are not read. */
  maxRows?: number;
}

export interface QueryResult {
  columns: string[];
  /** Plain values (see plain()), one object a row keyed by column. */
  rows: Record<string, unknown>[];
  /** True when the query had more rows than maxRows. */
  truncated: boolean;
}

export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_ROWS = 10_000;

/** A query Neo4j refused or failed: one line, with the server's reason. */
export class QueryError extends Error {
  override name = 'QueryError';
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** What `options` let a query do (see guard.ts). */
function accessOf(options: QueryOptions): QueryAccess {
  return options.admin ? 'admin' : options.write ? 'write' : 'read';
}

/**
 * Run one Cypher query with parameters: checked first by guard.ts (reading the graph and its
 * schema only, unless `write` or `admin`), then in a managed transaction, a read transaction
 * unless `write`, with a time limit and a row limit. Whole JavaScript numbers among the
 * parameters are sent as integers.
 */
export async function runQuery(driver: Driver, cypher: string, given: Record<string, unknown> = {}, options: QueryOptions = {}): Promise<QueryResult> {
  const params = toDriver(given) as Record<string, unknown>;
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const writes = options.write || options.admin;
  const session = driver.session({ database: options.database, defaultAccessMode: writes ? neo4j.session.WRITE : neo4j.session.READ });
  const collect = async (result: Result): Promise<QueryResult> => {
    const columns = (await result.keys()).map(String);
    const rows: Record<string, unknown>[] = [];
    let truncated = false;
    for await (const record of result) {
      if (rows.length >= maxRows) {
        truncated = true;
        break;
      }
      rows.push(Object.fromEntries(columns.map((c) => [c, plain(record.get(c))])));
    }
    return { columns, rows, truncated };
  };
  const config = { timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS };
  try {
    await guardQuery(session, cypher, params, accessOf(options));
    // CALL { … } IN TRANSACTIONS commits as it goes, so Neo4j runs it only outside a transaction;
    // administration commands run on their own too.
    if (options.admin || (options.write && /\bIN\s+(\d+\s+)?(CONCURRENT\s+)?TRANSACTIONS\b/i.test(cypher))) return await collect(session.run(cypher, params, config));
    const work = (tx: ManagedTransaction) => collect(tx.run(cypher, params));
    return writes ? await session.executeWrite(work, config) : await session.executeRead(work, config);
  } catch (err) {
    throw describeQueryFailure(err, options);
  } finally {
    await session.close();
  }
}

function describeQueryFailure(err: unknown, options: QueryOptions): Error {
  if (err instanceof QueryRefused) {
    const hint = err.needs === 'write' ? 'queries are read-only unless you give --write' : 'it runs only with --admin';
    return new QueryError(`${err.reason}; ${hint}`, 'Claimgraph.QueryRefused');
  }
  const code = (err as { code?: string }).code ?? '';
  const message = (err instanceof Error ? err.message : String(err)).split('\n', 1)[0]!.trim();
  if (code === 'Neo.ClientError.Statement.AccessMode' || /write.*read access mode|read only/i.test(message)) {
    return new QueryError('this query writes to the graph; queries are read-only unless you give --write', code);
  }
  if (code === 'Neo.ClientError.Transaction.TransactionTimedOut' || code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration') {
    return new QueryError(`the query ran longer than its time limit of ${((options.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000).toFixed(0)} s (raise it with --timeout SECONDS)`, code);
  }
  if (code.startsWith('Neo.ClientError')) return new QueryError(`${code.replace('Neo.ClientError.', '')}: ${message}`, code);
  return err instanceof Error ? err : new Error(message);
}

import neo4j, { type Driver } from 'neo4j-driver';
import type { Snapshot } from '../../snapshot/schema.js';
import { snapshotToGraph, type GraphModel, type PropertyType } from '../model.js';
import { edgeUpserts, nodeUpserts, schemaStatements, type Upsert } from './cypher.js';
import {
  DELETE_ORPHAN_ENTITIES,
  DELETE_STALE_MENTIONS,
  DELETE_STALE_RELATIONS,
  DELETE_STALE_STATEMENT_LINKS,
  DELETE_STALE_STATEMENTS,
  STALE_ENTITY_CANDIDATES,
  keepLists,
} from './stale.js';

/** Rows a write transaction carries; tuned on the BBC benchmark (src/bench/ingest.ts). */
export const DEFAULT_BATCH_SIZE = 5000;

/** Write transactions in flight at once (each on its own session). */
export const DEFAULT_CONCURRENCY = 2;

export interface IngestOptions {
  /** The database; the server's default when absent. */
  database?: string;
  batchSize?: number;
  concurrency?: number;
  /** Called after every batch: rows written so far, of `total`, and the group just written. */
  onProgress?: (done: number, total: number, group: string) => void;
}

export interface IngestResult {
  nodes: number;
  relationships: number;
  /** What was removed because the snapshot no longer holds it, by kind. */
  removed: { statements: number; links: number; mentions: number; relations: number; entities: number };
  seconds: number;
}

/** A failed ingest: names the step and the cause. Re-running the same ingest completes the graph. */
export class IngestError extends Error {
  override name = 'IngestError';
}

/** Neo4j's integers: JavaScript numbers would be sent as floats. */
function typedProps(props: Record<string, unknown>, types: Map<string, PropertyType>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) {
    const type = types.get(k);
    if (type === 'long' && typeof v === 'number') out[k] = neo4j.int(v);
    else if (type === 'long[]' && Array.isArray(v)) out[k] = v.map((x) => neo4j.int(x as number));
    else out[k] = v;
  }
  return out;
}

/** Run `work` on every item, at most `limit` at once; the first failure is thrown once all have settled. */
async function inParallel<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const errors: unknown[] = [];
  const worker = async () => {
    while (next < items.length && errors.length === 0) {
      const item = items[next++]!;
      await work(item).catch((err) => errors.push(err));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (errors.length > 0) throw errors[0];
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Load a snapshot into Neo4j, idempotently: the schema first, then every node and relationship
 * with batched `UNWIND $rows … MERGE` in managed write transactions (retried by the driver on
 * deadlocks and transient errors), then what the snapshot no longer holds for its documents is
 * removed. Loading the same snapshot again changes nothing; a newer snapshot of the same
 * documents updates them in place.
 */
export async function ingestSnapshot(driver: Driver, snapshot: Snapshot, options: IngestOptions = {}): Promise<IngestResult> {
  return ingestGraph(driver, snapshot, snapshotToGraph(snapshot), options);
}

/** As ingestSnapshot, with the graph already built. */
export async function ingestGraph(driver: Driver, snapshot: Snapshot, graph: GraphModel, options: IngestOptions = {}): Promise<IngestResult> {
  const started = Date.now();
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const relationTypes = new Set(snapshot.relations.map((r) => r.type));
  const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.WRITE });
  const step = async <T>(what: string, work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (err) {
      throw new IngestError(`ingest: ${what} failed: ${(err as Error).message.split('\n', 1)[0]} (re-run the ingest to complete the graph)`);
    }
  };
  try {
    for (const statement of schemaStatements([...relationTypes].sort())) {
      await step('creating the schema', () => session.executeWrite((tx) => tx.run(statement)).catch(ignoreEquivalentSchema));
    }
    const nodeKeyTypes = new Map(graph.nodeKeys.map((k) => [k.name, k.type]));
    const edgeKeyTypes = new Map(graph.edgeKeys.map((k) => [k.name, k.type]));
    const upserts: [Upsert, Map<string, PropertyType>][] = [
      ...nodeUpserts(graph.nodes).map((u): [Upsert, Map<string, PropertyType>] => [u, nodeKeyTypes]),
      ...edgeUpserts(graph.edges, relationTypes).map((u): [Upsert, Map<string, PropertyType>] => [u, edgeKeyTypes]),
    ];
    const total = graph.nodes.length + graph.edges.length;
    let done = 0;
    for (const [upsert, types] of upserts) {
      // The batches of one group are independent: several run at once, each in its own session.
      await inParallel(chunks(upsert.rows, batchSize), options.concurrency ?? DEFAULT_CONCURRENCY, async (batch) => {
        const rows = batch.map((r) => ({ ...r, props: typedProps(r.props, types) }));
        const own = driver.session({ database: options.database, defaultAccessMode: neo4j.session.WRITE });
        try {
          await step(`writing ${upsert.group}`, () => own.executeWrite((tx) => tx.run(upsert.cypher, { rows })));
        } finally {
          await own.close();
        }
        done += batch.length;
        options.onProgress?.(done, total, upsert.group);
      });
    }
    const removed = await step('removing what the snapshot no longer holds', () => removeStale(session, snapshot, batchSize));
    return { nodes: graph.nodes.length, relationships: graph.edges.length, removed, seconds: (Date.now() - started) / 1000 };
  } finally {
    await session.close();
  }
}

/** Two ingests may create the same index at once; the loser's "already exists" is success. */
function ignoreEquivalentSchema(err: { code?: string }): void {
  if (err.code === 'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists' || err.code === 'Neo.ClientError.Schema.IndexAlreadyExists' || err.code === 'Neo.ClientError.Schema.ConstraintAlreadyExists') return;
  throw err;
}

type Session = ReturnType<Driver['session']>;

async function runBatched(session: Session, cypher: string, rows: unknown[], batchSize: number, column = 'removed'): Promise<number> {
  let sum = 0;
  for (const batch of chunks(rows, batchSize)) {
    const result = await session.executeWrite((tx) => tx.run(cypher, { rows: batch }));
    for (const record of result.records) sum += Number(record.get(column));
  }
  return sum;
}

async function removeStale(session: Session, snapshot: Snapshot, batchSize: number): Promise<IngestResult['removed']> {
  const { docs, statements } = keepLists(snapshot);
  const docBatch = Math.max(1, Math.floor(batchSize / 50));
  const candidates: string[] = [];
  for (const batch of chunks(docs, docBatch)) {
    const result = await session.executeRead((tx) => tx.run(STALE_ENTITY_CANDIDATES, { rows: batch }));
    for (const r of result.records) candidates.push(r.get('id') as string);
  }
  const removed = {
    statements: await runBatched(session, DELETE_STALE_STATEMENTS, docs, docBatch),
    relations: await runBatched(session, DELETE_STALE_RELATIONS, docs, docBatch),
    mentions: await runBatched(session, DELETE_STALE_MENTIONS, docs, docBatch),
    links: await runBatched(session, DELETE_STALE_STATEMENT_LINKS, statements, batchSize),
    entities: 0,
  };
  removed.entities = await runBatched(session, DELETE_ORPHAN_ENTITIES, [...new Set(candidates)], batchSize);
  return removed;
}

import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { neo4jProblems } from '../../snapshot/check.js';
import type { Snapshot } from '../../snapshot/schema.js';
import { snapshotToGraph, type GraphModel } from '../model.js';
import { schemaStatements } from './cypher.js';
import { planLoad } from './plan.js';
import { ensureSchema } from './schema.js';
import { removeStale, type Removed } from './stale.js';
import { LoadState } from './state.js';
import { writeUnitBatch, type UnitContext } from './units.js';

/** Rows a write transaction carries; tuned on the BBC benchmark (src/bench/ingest.ts). */
export const DEFAULT_BATCH_SIZE = 10_000;

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
  removed: Removed;
  seconds: number;
}

/**
 * A failed ingest: names the step, the cause and what the graph holds of the load (`state`).
 * Re-running the same ingest completes the graph.
 */
export class IngestError extends Error {
  override name = 'IngestError';
  constructor(
    message: string,
    readonly state?: LoadState,
  ) {
    super(message);
  }
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
 * Load a snapshot into Neo4j, idempotently: the schema first; then, with batched `UNWIND $rows`
 * in managed write transactions (retried by the driver on deadlocks and transient errors), the
 * entities, then the documents, each whole in one transaction with its statements and the
 * relationships they own (see plan.ts and units.ts); then what the snapshot no longer holds for
 * its documents is removed. Nodes are merged on their ids; relationships are merged too, except
 * those of a document or statement the same transaction created, which are created outright.
 * Loading the same snapshot again changes nothing; a newer snapshot of the same documents updates
 * them in place; overlapping loads at once end as they would one after the other.
 */
export async function ingestSnapshot(driver: Driver, snapshot: Snapshot, options: IngestOptions = {}): Promise<IngestResult> {
  return ingestGraph(driver, snapshot, snapshotToGraph(snapshot), options);
}

/** As ingestSnapshot, with the graph already built. */
export async function ingestGraph(driver: Driver, snapshot: Snapshot, graph: GraphModel, options: IngestOptions = {}): Promise<IngestResult> {
  const started = Date.now();
  // What Neo4j would refuse is refused here, before anything is written.
  const refused = neo4jProblems(snapshot, 'snapshot');
  if (refused.length > 0) {
    throw new IngestError(`ingest: nothing written: ${refused[0]!.reason}${refused.length > 1 ? ` (and ${refused.length - 1} more; run claimgraph validate)` : ''}`);
  }
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const relationTypes = new Set(snapshot.relations.map((r) => r.type));
  const state = new LoadState(snapshot.documents.map((d) => d.id));
  const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.WRITE });
  let failed = '';
  const step = async <T>(what: string, work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (err) {
      failed ||= what;
      throw err;
    }
  };
  try {
    await step('creating the schema', () => ensureSchema(session, schemaStatements([...relationTypes].sort())));
    state.schema = true;
    // Only documents already in the graph can hold anything stale; a first load skips the clean-up.
    const known = await step('reading the documents already loaded', () => existingDocuments(session, snapshot.documents.map((d) => d.id)));
    const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
    const plan = planLoad(graph, { batchSize, concurrency });
    state.sharedTotal = plan.entities.reduce((sum, u) => sum + u.rows.length, 0);
    const ctx: UnitContext = {
      nodeTypes: new Map(graph.nodeKeys.map((k) => [k.name, k.type])),
      edgeTypes: new Map(graph.edgeKeys.map((k) => [k.name, k.type])),
      relationTypes,
      nodeKeys: plan.nodeKeys,
      edgeKeys: plan.edgeKeys,
    };
    const total = graph.nodes.length + graph.edges.length;
    let done = 0;
    // Each batch in its own session and managed transaction; `concurrency` of them at once.
    const write = async (group: string, rows: number, work: (tx: ManagedTransaction) => Promise<unknown>) => {
      const own = driver.session({ database: options.database, defaultAccessMode: neo4j.session.WRITE });
      try {
        await step(`writing ${group}`, () => own.executeWrite(work));
      } finally {
        await own.close();
      }
      done += rows;
      options.onProgress?.(done, total, group);
    };
    // Entities and claims first (documents link to them), then whole documents with what they own.
    await inParallel(plan.entities, concurrency, async (u) => {
      await write(u.group, u.rows.length, (tx) => tx.run(u.cypher, { rows: u.rows.map((r) => u.layout.typed(r, ctx.nodeTypes)) }));
      state.shared += u.rows.length;
    });
    await inParallel(plan.units, concurrency, async (batch) => {
      await write('documents', batch.size, (tx) => writeUnitBatch(tx, batch, ctx));
      for (const d of batch.nodes.Document) state.documents.add(d.id);
    });
    const removed = await step('removing what the snapshot no longer holds', () => removeStale(session, snapshot, known, batchSize));
    state.staleRemoved = true;
    return { nodes: graph.nodes.length, relationships: graph.edges.length, removed, seconds: (Date.now() - started) / 1000 };
  } catch (err) {
    const cause = (err as Error).message.split('\n', 1)[0];
    throw new IngestError(`ingest: ${failed || 'loading'} failed: ${cause}. So far: ${state.describe()} (re-run the ingest to complete the graph)`, state);
  } finally {
    await session.close();
  }
}

type Session = ReturnType<Driver['session']>;

/** Which of these documents the graph holds already. */
async function existingDocuments(session: Session, ids: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const batch of chunks(ids, 10_000)) {
    const result = await session.executeRead((tx) => tx.run('UNWIND $ids AS id MATCH (d:Document {id: id}) USING INDEX SEEK d:Document(id) RETURN d.id AS id', { ids: batch }));
    for (const r of result.records) found.add(r.get('id') as string);
  }
  return found;
}


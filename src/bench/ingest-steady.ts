import type { Driver } from 'neo4j-driver';
import { closeAllDrivers, openDriver, resolveTarget } from '../graph/connection.js';
import { DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY, ingestSnapshot } from '../graph/ingest/index.js';
import { readSnapshot } from '../snapshot/read.js';

/**
 * The Neo4j ingest bench: load a snapshot into an empty database and report rows (nodes +
 * relationships) a second, then load it again (nothing changes) and report that too.
 *
 *   node dist/bench/ingest.js SNAPSHOT [--clear] [--warmup N] [--runs N] [--batch-size N] [--concurrency N]
 *
 * Neo4j runs on the JVM, whose compilers take the first loads into a newly started server: on
 * the BBC snapshot the first load runs at about a quarter of the speed of the tenth, and the
 * compilers use more CPU than the load itself. So the bench reports the first load it made (cold
 * when the server was just started), then loads `--warmup` more times (default 10), then measures
 * `--runs` loads (default 5), each into an emptied database and each followed by a load again;
 * it reports their medians.
 *
 * Uses the configured Neo4j (NEO4J_URI… or the local server of CLAIMGRAPH_HOME). It never
 * empties a database it did not fill unless told to: --clear, or CLAIMGRAPH_BENCH_CLEAR=1 when
 * run by the bench.
 */

export interface IngestBenchResult {
  uri: string;
  nodes: number;
  relationships: number;
  rows: number;
  batchSize: number;
  concurrency: number;
  warmup: number;
  runs: number;
  /** The bench's first load, into an empty database (cold if the server was just started). */
  firstRowsPerSecond: number;
  /** A first load into an empty database, schema included, once warmed up (median of the runs). */
  seconds: number;
  rowsPerSecond: number;
  /** The same snapshot again (MERGE finds everything; nothing is written or removed); median. */
  reingestSeconds: number;
  reingestRowsPerSecond: number;
  /** Rows a second of every load, in order: the warm-up (the first included), the measured first loads, the loads again. */
  warmups: number[];
  firstLoads: number[];
  reingests: number[];
}

export interface IngestBenchOptions {
  clear?: boolean;
  /** Loads after the first before measuring (default 10). */
  warmup?: number;
  /** Measured loads, each followed by a load again (default 5). */
  runs?: number;
  batchSize?: number;
  concurrency?: number;
  env?: NodeJS.ProcessEnv;
  /** Told of each load as it ends (the CLI prints it on stderr). */
  onLoad?: (what: 'warm-up' | 'load' | 'again', rowsPerSecond: number) => void;
}

export const DEFAULT_WARMUP = 10;
export const DEFAULT_RUNS = 5;

/** Empty a database as a new one is: no node, no constraint, no index but the built-in lookups. */
async function emptyDatabase(driver: Driver, database: string | undefined): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    for (const r of (await session.run('SHOW CONSTRAINTS YIELD name')).records) await session.run(`DROP CONSTRAINT \`${r.get('name') as string}\` IF EXISTS`);
    for (const r of (await session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")).records) await session.run(`DROP INDEX \`${r.get('name') as string}\` IF EXISTS`);
    await session.run('CALL db.checkpoint()').catch(() => undefined);
  } finally {
    await session.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Run the ingest bench on a snapshot file. */
export async function benchIngest(snapshotPath: string, options: IngestBenchOptions = {}): Promise<IngestBenchResult> {
  const env = options.env ?? process.env;
  const snapshot = await readSnapshot(snapshotPath);
  const target = await resolveTarget(env, process.cwd());
  const driver = await openDriver(target);
  try {
    const database = target.database;
    const count = await driver.executeQuery('MATCH (n) RETURN count(n) AS n', {}, { database });
    const empty = Number(count.records[0]!.get('n')) === 0;
    if (!empty && !options.clear) throw new Error(`the database at ${target.uri} is not empty; the ingest bench needs an empty one (give --clear to empty it)`);
    const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    const warmup = Math.max(0, options.warmup ?? DEFAULT_WARMUP);
    const runs = Math.max(1, options.runs ?? DEFAULT_RUNS);
    let rows = 0;
    let nodes = 0;
    let relationships = 0;
    let emptied = empty;
    /** Load into an emptied database (or again, into the full one); rows a second. */
    const load = async (what: 'warm-up' | 'load' | 'again'): Promise<number> => {
      if (what !== 'again' && !emptied) await emptyDatabase(driver, database);
      emptied = false;
      const result = await ingestSnapshot(driver, snapshot, { database, batchSize, concurrency: options.concurrency });
      ({ nodes, relationships } = result);
      rows = nodes + relationships;
      const rowsPerSecond = rows / result.seconds;
      options.onLoad?.(what, Math.round(rowsPerSecond));
      return rowsPerSecond;
    };
    const warmups: number[] = [];
    for (let i = 0; i <= warmup; i++) warmups.push(await load('warm-up'));
    const first: number[] = [];
    const again: number[] = [];
    for (let i = 0; i < runs; i++) {
      first.push(await load('load'));
      again.push(await load('again'));
    }
    const rowsPerSecond = median(first);
    const reingestRowsPerSecond = median(again);
    return {
      uri: target.uri,
      nodes,
      relationships,
      rows,
      batchSize,
      concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
      warmup,
      runs,
      firstRowsPerSecond: Math.round(warmups[0]!),
      seconds: Number((rows / rowsPerSecond).toFixed(3)),
      rowsPerSecond: Math.round(rowsPerSecond),
      reingestSeconds: Number((rows / reingestRowsPerSecond).toFixed(3)),
      reingestRowsPerSecond: Math.round(reingestRowsPerSecond),
      warmups: warmups.map(Math.round),
      firstLoads: first.map(Math.round),
      reingests: again.map(Math.round),
    };
  } finally {
    await closeAllDrivers();
  }
}

import { pathToFileURL } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { closeAllDrivers, openDriver, resolveTarget } from '../graph/connection.js';
import { DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY, ingestSnapshot } from '../graph/ingest/index.js';
import { readSnapshot } from '../snapshot/read.js';

/**
 * The Neo4j ingest bench: load a snapshot into an empty database and report rows (nodes +
 * relationships) a second, then load it again (nothing changes) and report that too; with
 * --runs N, N times (emptying the database before each), reporting medians.
 *
 *   node dist/bench/ingest.js SNAPSHOT [--clear] [--runs N] [--batch-size N] [--concurrency N]
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
  runs: number;
  /** The first load into an empty database, schema and clean-up included (median of the runs). */
  seconds: number;
  rowsPerSecond: number;
  /** The same snapshot again (MERGE finds everything; nothing is written or removed); median. */
  reingestSeconds: number;
  reingestRowsPerSecond: number;
  /** Rows a second of every run, in order: first loads and loads again. */
  firstLoads: number[];
  reingests: number[];
}

export interface IngestBenchOptions {
  clear?: boolean;
  /** How many times to empty the database and load twice (default 1). */
  runs?: number;
  batchSize?: number;
  concurrency?: number;
  env?: NodeJS.ProcessEnv;
}

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
    const runs = Math.max(1, options.runs ?? 1);
    const run = () => ingestSnapshot(driver, snapshot, { database, batchSize, concurrency: options.concurrency });
    const first: number[] = [];
    const again: number[] = [];
    let nodes = 0;
    let relationships = 0;
    for (let i = 0; i < runs; i++) {
      // Fresh indexes too, as a new database has: the ingest creates them again, empty.
      if (i > 0 || !empty) await emptyDatabase(driver, database);
      const load = await run();
      first.push(load.seconds);
      again.push((await run()).seconds);
      ({ nodes, relationships } = load);
    }
    const rows = nodes + relationships;
    const seconds = median(first);
    const reingestSeconds = median(again);
    return {
      uri: target.uri,
      nodes,
      relationships,
      rows,
      batchSize,
      concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
      runs,
      seconds,
      rowsPerSecond: Math.round(rows / seconds),
      reingestSeconds,
      reingestRowsPerSecond: Math.round(rows / reingestSeconds),
      firstLoads: first.map((s) => Math.round(rows / s)),
      reingests: again.map((s) => Math.round(rows / s)),
    };
  } finally {
    await closeAllDrivers();
  }
}

/** The entry the main bench (src/bench/main.ts) calls with the snapshot it extracted. */
export async function runIngestBench(context: { snapshot: string }): Promise<IngestBenchResult> {
  return benchIngest(context.snapshot, { clear: process.env.CLAIMGRAPH_BENCH_CLEAR === '1' });
}

function option(args: string[], name: string): number | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : undefined;
}

async function main(args: string[]): Promise<number> {
  const valued = ['--batch-size', '--concurrency', '--runs'];
  const path = args.find((a, i) => !a.startsWith('--') && !valued.includes(args[i - 1] ?? ''));
  if (!path) {
    process.stderr.write('usage: node dist/bench/ingest.js SNAPSHOT [--clear] [--runs N] [--batch-size N] [--concurrency N]\n');
    return 2;
  }
  try {
    const r = await benchIngest(path, { clear: args.includes('--clear'), runs: option(args, '--runs'), batchSize: option(args, '--batch-size'), concurrency: option(args, '--concurrency') });
    const of = r.runs > 1 ? ` (median of ${r.runs}: ${r.firstLoads.join(', ')})` : '';
    const ofAgain = r.runs > 1 ? ` (median of ${r.runs}: ${r.reingests.join(', ')})` : '';
    process.stderr.write(
      `ingest ${r.rows} rows (${r.nodes} nodes, ${r.relationships} relationships) into ${r.uri}: ${r.seconds.toFixed(2)} s, ${r.rowsPerSecond} rows/s${of}; ` +
        `again (unchanged): ${r.reingestSeconds.toFixed(2)} s, ${r.reingestRowsPerSecond} rows/s${ofAgain} (batch ${r.batchSize}, concurrency ${r.concurrency})\n`,
    );
    process.stdout.write(`${JSON.stringify(r)}\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`bench ingest: ${(err as Error).message}\n`);
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}

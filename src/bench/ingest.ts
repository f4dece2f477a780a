import { pathToFileURL } from 'node:url';
import { closeAllDrivers, openDriver, resolveTarget } from '../graph/connection.js';
import { DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY, ingestSnapshot } from '../graph/ingest/index.js';
import { readSnapshot } from '../snapshot/read.js';

/**
 * The Neo4j ingest bench: load a snapshot into an empty database and report rows (nodes +
 * relationships) a second, then load it again (nothing changes) and report that too.
 *
 *   node dist/bench/ingest.js SNAPSHOT [--clear] [--batch-size N] [--concurrency N]
 *
 * Uses the configured Neo4j (NEO4J_URI… or the local server of CLAIMGRAPH_HOME). It never
 * empties a database unless told to: --clear, or CLAIMGRAPH_BENCH_CLEAR=1 when run by the bench.
 */

export interface IngestBenchResult {
  uri: string;
  nodes: number;
  relationships: number;
  rows: number;
  batchSize: number;
  concurrency: number;
  /** The first load into an empty database, schema and clean-up included. */
  seconds: number;
  rowsPerSecond: number;
  /** The same snapshot again (MERGE finds everything; nothing is written or removed). */
  reingestSeconds: number;
  reingestRowsPerSecond: number;
}

export interface IngestBenchOptions {
  clear?: boolean;
  batchSize?: number;
  concurrency?: number;
  env?: NodeJS.ProcessEnv;
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
    if (Number(count.records[0]!.get('n')) > 0) {
      if (!options.clear) throw new Error(`the database at ${target.uri} is not empty; the ingest bench needs an empty one (give --clear to empty it)`);
      const session = driver.session({ database });
      try {
        await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
        // Fresh indexes too, as a new database has: the ingest creates them again, empty.
        for (const r of (await session.run('SHOW CONSTRAINTS YIELD name')).records) await session.run(`DROP CONSTRAINT \`${r.get('name') as string}\` IF EXISTS`);
        for (const r of (await session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")).records) await session.run(`DROP INDEX \`${r.get('name') as string}\` IF EXISTS`);
        await session.run('CALL db.checkpoint()').catch(() => undefined);
      } finally {
        await session.close();
      }
    }
    const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    const run = () => ingestSnapshot(driver, snapshot, { database, batchSize, concurrency: options.concurrency });
    const first = await run();
    const second = await run();
    const rows = first.nodes + first.relationships;
    return {
      uri: target.uri,
      nodes: first.nodes,
      relationships: first.relationships,
      rows,
      batchSize,
      concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
      seconds: first.seconds,
      rowsPerSecond: Math.round(rows / first.seconds),
      reingestSeconds: second.seconds,
      reingestRowsPerSecond: Math.round(rows / second.seconds),
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
  const path = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--batch') && !args[i - 1]?.startsWith('--conc'));
  if (!path) {
    process.stderr.write('usage: node dist/bench/ingest.js SNAPSHOT [--clear] [--batch-size N] [--concurrency N]\n');
    return 2;
  }
  try {
    const r = await benchIngest(path, { clear: args.includes('--clear'), batchSize: option(args, '--batch-size'), concurrency: option(args, '--concurrency') });
    process.stderr.write(
      `ingest ${r.rows} rows (${r.nodes} nodes, ${r.relationships} relationships) into ${r.uri}: ${r.seconds.toFixed(2)} s, ${r.rowsPerSecond} rows/s; ` +
        `again (unchanged): ${r.reingestSeconds.toFixed(2)} s, ${r.reingestRowsPerSecond} rows/s (batch ${r.batchSize}, concurrency ${r.concurrency})\n`,
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

import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { benchFirstLoads, type FirstLoadReport, type LoadMeasure } from './ingest-first.js';
import { benchIngest, type IngestBenchOptions } from './ingest-steady.js';

/**
 * The Neo4j ingest bench, two ways:
 *
 *   node dist/bench/ingest.js SNAPSHOT --first-loads [--scale N] [--warm-up SECONDS] [--steady-warmup N] [--steady-runs N]
 *   node dist/bench/ingest.js SNAPSHOT [--clear] [--warmup N] [--runs N] [--batch-size N] [--concurrency N]
 *
 * The first (what `npm run bench` runs) starts a Neo4j of its own in a temporary directory on
 * free ports and measures first loads into it, freshly started each time: bulk and in
 * transactions, the snapshot and `--scale` times it (default 10), a warm-up's effect, then the
 * steady state (see ingest-first.ts). The second measures the steady state alone against the
 * configured Neo4j (see ingest-steady.ts). Progress on stderr, JSON on stdout.
 */

export { benchIngest, type IngestBenchOptions, type IngestBenchResult } from './ingest-steady.js';

const mib = (b: number | null) => (b === null ? '—' : `${Math.round(b / 2 ** 20)} MiB`);
const int = (n: number) => Math.round(n).toLocaleString('en-US');

function row(m: LoadMeasure): string {
  const phases = m.phases ? ` [CSV ${m.phases.csv} s, neo4j-admin ${m.phases.import} s, restart ${m.phases.restart} s, schema ${m.phases.schema} s]` : '';
  return (
    `    ${m.name.padEnd(38)} ${`${m.seconds.toFixed(1)} s`.padStart(8)} ${`${int(m.rowsPerSecond)} rows/s`.padStart(16)}  ` +
    `load ${m.loadAverage.toFixed(1)}; CPU: loader ${m.clientCpuSeconds.toFixed(1)} s, server ${m.serverCpuSeconds.toFixed(1)} s (JIT ${m.compilerCpuSeconds.toFixed(1)} s); ` +
    `peak RSS: loader ${mib(m.clientPeakRssBytes)}, server ${mib(m.serverPeakRssBytes)}${phases}`
  );
}

/** The first-load report as lines of text. */
export function formatFirstLoads(r: FirstLoadReport): string {
  const lines = [`first loads, each into a freshly started Neo4j (server start not counted):`, `  ${int(r.rows)} rows:`, ...r.loads.map(row)];
  lines.push(`  ${r.scale}x: ${int(r.scaledRows)} rows:`, ...r.scaledLoads.map(row));
  if (r.steady) {
    lines.push(
      `  steady state (after ${r.steady.warmup} loads): ${int(r.steady.rowsPerSecond)} rows/s (median of ${r.steady.firstLoads.map(int).join(', ')}); ` +
        `the same snapshot again: ${int(r.steady.reingestRowsPerSecond)} rows/s`,
    );
  }
  return lines.join('\n');
}

/** The entry the main bench (src/bench/main.ts) calls with the snapshot it extracted. */
export async function runIngestBench(context: { snapshot: string }): Promise<{ text: string; report: FirstLoadReport }> {
  const report = await benchFirstLoads(context.snapshot, { log: (line) => process.stderr.write(`bench ingest: ${line}\n`) });
  return { text: `\n${formatFirstLoads(report)}`, report };
}

function option(args: string[], name: string): number | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : undefined;
}

async function main(args: string[]): Promise<number> {
  const valued = ['--batch-size', '--concurrency', '--runs', '--warmup', '--scale', '--warm-up', '--steady-warmup', '--steady-runs'];
  const path = args.find((a, i) => !a.startsWith('--') && !valued.includes(args[i - 1] ?? ''));
  if (!path) {
    process.stderr.write('usage: node dist/bench/ingest.js SNAPSHOT --first-loads [--scale N] [--warm-up SECONDS] [--steady-warmup N] [--steady-runs N]\n       node dist/bench/ingest.js SNAPSHOT [--clear] [--warmup N] [--runs N] [--batch-size N] [--concurrency N]\n');
    return 2;
  }
  const log = (line: string) => process.stderr.write(`bench ingest: ${line}\n`);
  try {
    if (args.includes('--first-loads')) {
      const steadyRuns = option(args, '--steady-runs');
      const r = await benchFirstLoads(path, {
        scale: option(args, '--scale'),
        warmUpSeconds: option(args, '--warm-up'),
        steady: { warmup: option(args, '--steady-warmup') ?? 10, runs: steadyRuns ?? 5 },
        log,
      });
      process.stderr.write(`${formatFirstLoads(r)}\n`);
      process.stdout.write(`${JSON.stringify(r)}\n`);
      return 0;
    }
    let n = 0;
    const options: IngestBenchOptions = {
      clear: args.includes('--clear'),
      warmup: option(args, '--warmup'),
      runs: option(args, '--runs'),
      batchSize: option(args, '--batch-size'),
      concurrency: option(args, '--concurrency'),
      onLoad: (what, rowsPerSecond) => log(`${++n}. ${what}: ${rowsPerSecond} rows/s (load average ${loadavg()[0]!.toFixed(2)})`),
    };
    const r = await benchIngest(path, options);
    process.stderr.write(
      `ingest ${r.rows} rows (${r.nodes} nodes, ${r.relationships} relationships) into ${r.uri}: first load ${r.firstRowsPerSecond} rows/s; ` +
        `after ${r.warmup} more, ${r.rowsPerSecond} rows/s (median of ${r.firstLoads.join(', ')}); ` +
        `again (unchanged): ${r.reingestRowsPerSecond} rows/s (median of ${r.reingests.join(', ')}) (batch ${r.batchSize}, concurrency ${r.concurrency})\n`,
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

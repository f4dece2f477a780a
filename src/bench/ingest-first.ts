import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { snapshotToGraph } from '../graph/model.js';
import { readSnapshot } from '../snapshot/read.js';
import { multiplySnapshot } from './ingest-corpus.js';
import { benchIngest, type IngestBenchResult } from './ingest-steady.js';
import { BenchServer, compilerSeconds, cpuSeconds, peakRss } from './ingest-server.js';

/**
 * First loads, each into a freshly started server of the bench's own (stopped, database removed,
 * started): `claimgraph ingest` run as a child process, bulk and in transactions, on the snapshot
 * and on a corpus `scale` times its size (see ingest-corpus.ts). Every figure comes with the
 * machine's load average when it began, and CPU seconds besides wall time, as the machine may be
 * shared.
 */

const CLI = fileURLToPath(new URL('../cli/main.js', import.meta.url));

/** One measured load. */
export interface LoadMeasure {
  name: string;
  rows: number;
  /** Wall time of the `claimgraph ingest` process, from start to exit. */
  seconds: number;
  rowsPerSecond: number;
  /** One-minute load average as the load began. */
  loadAverage: number;
  /** Seconds the fresh server took to start, before the load (not in `seconds`). */
  startSeconds: number;
  /** Peak RSS of the ingest process and its children (neo4j-admin), and their CPU seconds. */
  clientPeakRssBytes: number | null;
  clientCpuSeconds: number;
  /** The server's CPU seconds during the load, of which its JIT compilers', and its peak RSS. */
  serverCpuSeconds: number;
  compilerCpuSeconds: number;
  serverPeakRssBytes: number | null;
  /** A bulk load's phases (CSV, neo4j-admin, restart, schema), seconds. */
  phases?: Record<string, number>;
}

/** Run `claimgraph ingest FILE ARGS` against the bench server under GNU time; wall, CPU and peak RSS. */
async function timedIngest(server: BenchServer, file: string, args: string[]): Promise<{ seconds: number; cpu: number; rss: number | null; stderr: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'claimgraph-bench-time-'));
  const out = join(dir, 'time.txt');
  try {
    const t = performance.now();
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn('/usr/bin/time', ['-f', '%U %S %M', '-o', out, process.execPath, CLI, 'ingest', file, ...args], { env: server.env, stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      child.stderr.on('data', (d) => (err += d));
      child.on('error', reject);
      child.on('close', (c) => resolve({ code: c, stderr: err }));
    });
    const seconds = (performance.now() - t) / 1000;
    if (code !== 0) throw new Error(`claimgraph ingest ${args.join(' ')} failed: ${stderr.trim().split('\n').at(-1)}`);
    const [user, sys, kb] = (await readFile(out, 'utf8')).trim().split('\n').at(-1)!.split(' ').map(Number);
    return { seconds, cpu: (user ?? 0) + (sys ?? 0), rss: kb ? kb * 1024 : null, stderr };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The phases a bulk load prints: `(CSV 1.2 s, neo4j-admin 8.0 s, restart 9.1 s, schema 1.5 s)`. */
function phasesOf(stderr: string): Record<string, number> | undefined {
  const m = /\(CSV ([\d.]+) s, neo4j-admin ([\d.]+) s, restart ([\d.]+) s, schema ([\d.]+) s\)/.exec(stderr);
  return m ? { csv: Number(m[1]), import: Number(m[2]), restart: Number(m[3]), schema: Number(m[4]) } : undefined;
}

/** One first load into a freshly started bench server; `before` runs between the start and the load (e.g. a warm-up). */
export async function firstLoad(server: BenchServer, file: string, rows: number, name: string, args: string[], log: (line: string) => void, before?: () => Promise<void>): Promise<LoadMeasure> {
  const startSeconds = await server.fresh();
  await before?.();
  const pid = await server.pid();
  const [cpu0, jit0] = [await cpuSeconds(pid), await compilerSeconds(pid)];
  const loadAverage = Math.round(loadavg()[0]! * 100) / 100;
  log(`${name}: loading ${rows.toLocaleString('en-US')} rows (load average ${loadAverage})…`);
  const run = await timedIngest(server, file, args);
  const after = await server.pid();
  // A bulk load restarts the server: its CPU is then the new server's, from its start.
  const same = after === pid;
  const measure: LoadMeasure = {
    name,
    rows,
    seconds: run.seconds,
    rowsPerSecond: rows / run.seconds,
    loadAverage,
    startSeconds,
    clientPeakRssBytes: run.rss,
    clientCpuSeconds: run.cpu,
    serverCpuSeconds: (await cpuSeconds(after)) - (same ? cpu0 : 0),
    compilerCpuSeconds: (await compilerSeconds(after)) - (same ? jit0 : 0),
    serverPeakRssBytes: await peakRss(after),
  };
  const phases = phasesOf(run.stderr);
  if (phases) measure.phases = phases;
  log(`${name}: ${run.seconds.toFixed(1)} s, ${Math.round(measure.rowsPerSecond).toLocaleString('en-US')} rows/s`);
  return measure;
}

/** The snapshot `scale` times over, written beside the bench's other files; its path and rows. */
export async function scaledSnapshot(file: string, scale: number, dir: string): Promise<{ file: string; rows: number; base: number }> {
  const snapshot = await readSnapshot(file);
  const base = rowsOf(snapshot);
  const big = multiplySnapshot(snapshot, scale);
  const out = join(dir, `x${scale}.json`);
  await writeFile(out, JSON.stringify(big));
  return { file: out, rows: rowsOf(big), base };
}

/** Nodes and relationships of a snapshot's graph. */
export function rowsOf(snapshot: Parameters<typeof snapshotToGraph>[0]): number {
  const g = snapshotToGraph(snapshot);
  return g.nodes.length + g.edges.length;
}

/** What the first-load bench reports for one snapshot. */
export interface FirstLoadReport {
  rows: number;
  loads: LoadMeasure[];
  /** The same snapshot `scale` times over. */
  scale: number;
  scaledRows: number;
  scaledLoads: LoadMeasure[];
  /** Seconds of warm-up before the warmed load, and the rows it ran (rolled back). */
  warmUp: { seconds: number; rows: number };
  /** Loads of the snapshot one after another into a server that has been working a while (see benchIngest). */
  steady?: IngestBenchResult;
}

export interface FirstLoadOptions {
  scale?: number;
  warmUpSeconds?: number;
  /** Loads before and of the steady-state measure (see benchIngest); none when `runs` is 0. */
  steady?: { warmup: number; runs: number };
  log?: (line: string) => void;
}

/**
 * The first-load bench of a snapshot file: into a freshly started server each time, in
 * transactions, bulk, in transactions with batches of 50,000, in transactions after a warm-up;
 * then the snapshot `scale` times over, bulk and in transactions.
 */
export async function benchFirstLoads(file: string, options: FirstLoadOptions = {}): Promise<FirstLoadReport> {
  const log = options.log ?? (() => undefined);
  const scale = options.scale ?? 10;
  const warmUpSeconds = options.warmUpSeconds ?? 20;
  const server = await BenchServer.create();
  const dir = await mkdtemp(join(tmpdir(), 'claimgraph-bench-ingest-'));
  try {
    const rows = rowsOf(await readSnapshot(file));
    const loads: LoadMeasure[] = [];
    loads.push(await firstLoad(server, file, rows, 'transactional', ['--transactional'], log));
    loads.push(await firstLoad(server, file, rows, 'bulk', ['--bulk'], log));
    loads.push(await firstLoad(server, file, rows, 'transactional, batches of 50,000', ['--transactional', '--batch-size', '50000'], log));
    const warm = { seconds: warmUpSeconds, rows: 0 };
    loads.push(
      await firstLoad(server, file, rows, `transactional after a ${warmUpSeconds} s warm-up`, ['--transactional'], log, async () => {
        const { closeAllDrivers, openDriver, resolveTarget } = await import('../graph/connection.js');
        const { warmUp } = await import('../graph/ingest/warmup.js');
        try {
          warm.rows = await warmUp(await openDriver(await resolveTarget(server.env, process.cwd())), { seconds: warmUpSeconds });
        } finally {
          await closeAllDrivers();
        }
      }),
    );
    const scaled = await scaledSnapshot(file, scale, dir);
    const scaledLoads = [
      await firstLoad(server, scaled.file, scaled.rows, `bulk, ${scale}x`, ['--bulk'], log),
      await firstLoad(server, scaled.file, scaled.rows, `transactional, ${scale}x`, ['--transactional'], log),
    ];
    const report: FirstLoadReport = { rows, loads, scale, scaledRows: scaled.rows, scaledLoads, warmUp: warm };
    const steady = options.steady ?? { warmup: 10, runs: 5 };
    if (steady.runs > 0) {
      await server.fresh();
      log(`steady state: ${steady.warmup} loads to warm up, then ${steady.runs} measured…`);
      report.steady = await benchIngest(file, { clear: true, warmup: steady.warmup, runs: steady.runs, env: server.env });
    }
    return report;
  } finally {
    await server.remove();
    await rm(dir, { recursive: true, force: true });
  }
}

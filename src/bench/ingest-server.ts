import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localNeo4jStatus, serverLayout, startLocalNeo4j, stopLocalNeo4j } from '../graph/local/index.js';

/**
 * A Neo4j of the ingest bench's own: a data directory in the temporary folder and two free ports,
 * so the bench never touches a developer's server or another run's, and can restart it fresh
 * (stopped, its database removed, started) before every first load it measures.
 */
export class BenchServer {
  private constructor(
    readonly dir: string,
    readonly env: NodeJS.ProcessEnv,
  ) {}

  /** A new, stopped bench server (ports CLAIMGRAPH_BENCH_BOLT_PORT/HTTP_PORT, else free ones). */
  static async create(): Promise<BenchServer> {
    const dir = await mkdtemp(join(tmpdir(), 'claimgraph-bench-neo4j-'));
    const bolt = process.env.CLAIMGRAPH_BENCH_BOLT_PORT ?? String(await freePort());
    const http = process.env.CLAIMGRAPH_BENCH_HTTP_PORT ?? String(await freePort());
    const env = { ...process.env, CLAIMGRAPH_HOME: dir, CLAIMGRAPH_BOLT_PORT: bolt, CLAIMGRAPH_HTTP_PORT: http, NEO4J_URI: '' };
    return new BenchServer(dir, env);
  }

  /** Stop the server, remove its database (Neo4j makes an empty one), start it: seconds the start took. */
  async fresh(): Promise<number> {
    await stopLocalNeo4j(this.dir);
    const data = serverLayout(this.dir).data;
    await rm(join(data, 'databases', 'neo4j'), { recursive: true, force: true });
    await rm(join(data, 'transactions', 'neo4j'), { recursive: true, force: true });
    const t = performance.now();
    await startLocalNeo4j({ dir: this.dir, env: this.env });
    return (performance.now() - t) / 1000;
  }

  async pid(): Promise<number | undefined> {
    return (await localNeo4jStatus(this.dir)).pid;
  }

  /** Stop the server and remove its directory. */
  async remove(): Promise<void> {
    await stopLocalNeo4j(this.dir).catch(() => undefined);
    await rm(this.dir, { recursive: true, force: true });
  }
}

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

const TICKS = 100; // USER_HZ on Linux

/** CPU seconds a process has used (user + system), or 0 once it is gone. */
export async function cpuSeconds(pid: number | undefined): Promise<number> {
  if (pid === undefined) return 0;
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) / TICKS;
}

/** CPU seconds of the JVM's just-in-time compiler threads of a process. */
export async function compilerSeconds(pid: number | undefined): Promise<number> {
  if (pid === undefined) return 0;
  let total = 0;
  for (const task of await readdir(`/proc/${pid}/task`).catch(() => [] as string[])) {
    const stat = await readFile(`/proc/${pid}/task/${task}/stat`, 'utf8').catch(() => '');
    if (!/\((C[12] CompilerThre|C2 CompilerThread|C1 CompilerThread)/.test(stat)) continue;
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    total += (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) / TICKS;
  }
  return total;
}

/** Peak resident memory of a process since it started (VmHWM), in bytes, or null. */
export async function peakRss(pid: number | undefined): Promise<number | null> {
  if (pid === undefined) return null;
  const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(await readFile(`/proc/${pid}/status`, 'utf8').catch(() => ''));
  return m ? Number(m[1]) * 1024 : null;
}

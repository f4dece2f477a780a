import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { openDriver, type Neo4jTarget } from '../graph/connection.js';
import { runReadCypher, WALL_CLOCK_GRACE_MS, type CypherAnswer } from './cypher.js';
import type { CypherLimits } from './source.js';

/** Messages to and from the Cypher worker (cypher-worker.ts). */
export interface CypherRequestMessage {
  id: number;
  query: string;
  params: Record<string, unknown>;
  limits: CypherLimits;
}
export type CypherReplyMessage = { id: number; answer: CypherAnswer } | { id: number; error: string };

/** Heap of the worker: a record past it ends the worker, not the server. */
const WORKER_HEAP_MB = 512;
/** An idle worker (and its connections) goes after this long. */
const IDLE_MS = 60_000;

/** The compiled worker; absent when running from TypeScript sources without a build. */
function workerFile(): string | undefined {
  const here = fileURLToPath(import.meta.url);
  const compiled = here.endsWith('.ts') ? here.replace(/\/src\/viz\/cypher-isolated\.ts$/, '/dist/viz/cypher-worker.js') : here.replace(/cypher-isolated\.js$/, 'cypher-worker.js');
  return existsSync(compiled) ? compiled : undefined;
}

interface Pending {
  resolve: (answer: CypherAnswer) => void;
  reject: (err: Error) => void;
}

/** One worker thread for a Neo4j target, started on first use and ended when idle, stuck or out of memory. */
class CypherWorker {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private next = 0;
  private idle: NodeJS.Timeout | undefined;

  constructor(
    private readonly file: string,
    private readonly target: Neo4jTarget,
  ) {}

  run(query: string, params: Record<string, unknown>, limits: CypherLimits): Promise<CypherAnswer> {
    const worker = this.start();
    const id = this.next++;
    clearTimeout(this.idle);
    return new Promise<CypherAnswer>((resolve, reject) => {
      // The worker keeps its own clocks; this one ends a worker that cannot even answer (a record
      // being decoded for minutes): terminate() stops it mid-computation.
      const clock = setTimeout(() => this.end(new Error(`the query ran longer than ${limits.timeoutMs / 1000} s and was stopped`)), limits.timeoutMs + 2 * WALL_CLOCK_GRACE_MS);
      const settle = () => {
        clearTimeout(clock);
        this.pending.delete(id);
        if (this.pending.size === 0) this.idle = setTimeout(() => this.end(), IDLE_MS).unref();
      };
      this.pending.set(id, {
        resolve: (answer) => (settle(), resolve(answer)),
        reject: (err) => (settle(), reject(err)),
      });
      worker.postMessage({ id, query, params, limits } satisfies CypherRequestMessage);
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.file, { workerData: { target: this.target }, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    worker.unref();
    worker.on('message', (msg: CypherReplyMessage) => {
      const waiting = this.pending.get(msg.id);
      if (!waiting) return;
      if ('answer' in msg) waiting.resolve(msg.answer);
      else waiting.reject(new Error(msg.error));
    });
    worker.on('error', (err: Error & { code?: string }) => {
      const tooBig = err.code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.end(new Error(tooBig ? `the answer needed more than ${WORKER_HEAP_MB} MiB to read and was stopped (return fewer or smaller values)` : `the Cypher worker failed (${err.message})`));
    });
    worker.on('exit', () => {
      if (this.worker === worker) this.end(new Error('the Cypher worker stopped'));
    });
    this.worker = worker;
    return worker;
  }

  /** Stop the worker; whatever it was running fails with `reason`. */
  end(reason = new Error('the Cypher worker was stopped')): void {
    const worker = this.worker;
    this.worker = undefined;
    clearTimeout(this.idle);
    for (const waiting of [...this.pending.values()]) waiting.reject(reason);
    this.pending.clear();
    void worker?.terminate();
  }
}

const workers = new WeakMap<Neo4jTarget, CypherWorker>();

/**
 * Run one query of the Cypher box (runReadCypher: checked, read-only, bounded) in a worker thread
 * of its own, with its own driver. A record of millions of values takes the driver minutes and
 * gigabytes to decode, and no clock runs in a thread that is decoding; in the worker, the
 * server's thread stays free, the worker's heap is capped (WORKER_HEAP_MB) and a worker past the
 * time limit is terminated. Without a build (TypeScript sources), the query runs in this thread.
 */
export async function runCypherIsolated(target: Neo4jTarget, query: string, params: Record<string, unknown>, limits: CypherLimits): Promise<CypherAnswer> {
  const file = workerFile();
  if (!file) return runReadCypher(await openDriver(target), target.database, query, params, limits);
  let worker = workers.get(target);
  if (!worker) workers.set(target, (worker = new CypherWorker(file, target)));
  return worker.run(query, params, limits);
}

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { extractDocument, type ExtractOptions } from '../extract/document.js';
import type { DocExtraction, SourceDocument } from '../extract/types.js';

/** Extracts documents, in this thread or in a pool of worker threads. */
export interface Extractor {
  extract(doc: SourceDocument): Promise<DocExtraction>;
  close(): Promise<void>;
}

/** The compiled worker; absent when running from TypeScript sources without a build. */
function workerFile(): string | undefined {
  const here = fileURLToPath(import.meta.url);
  const compiled = here.endsWith('.ts')
    ? here.replace(/\/src\/pipeline\/pool\.ts$/, '/dist/pipeline/extract-worker.js')
    : here.replace(/pool\.js$/, 'extract-worker.js');
  return existsSync(compiled) ? compiled : undefined;
}

/** The default pool size: one worker a core. */
export function defaultWorkers(): number {
  return availableParallelism();
}

class InlineExtractor implements Extractor {
  constructor(private readonly options: ExtractOptions) {}
  async extract(doc: SourceDocument): Promise<DocExtraction> {
    return extractDocument(doc, this.options);
  }
  async close(): Promise<void> {}
}

interface Pending {
  resolve(ex: DocExtraction): void;
  reject(err: Error): void;
}

/**
 * Documents a worker holds at once: the one it extracts and the next, so that it never waits
 * for this thread to answer before it starts on another.
 */
const WORKER_DEPTH = 2;

/** Worker threads, each given the next document while it is still on its last one. */
class PoolExtractor implements Extractor {
  private readonly workers: Worker[] = [];
  private readonly queue: { seq: number; doc: SourceDocument; options: ExtractOptions }[] = [];
  private readonly pending = new Map<number, Pending>();
  /** Documents sent to each worker and not yet back. */
  private readonly load = new Map<Worker, number>();
  private seq = 0;
  private failure: Error | undefined;

  constructor(
    size: number,
    file: string,
    private readonly options: ExtractOptions,
  ) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(file);
      worker.on('message', (msg: { seq: number; extraction?: DocExtraction; error?: string }) => this.settle(worker, msg));
      worker.on('error', (err) => this.fail(worker, err));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(worker, new Error(`extract worker exited with code ${code}`));
      });
      this.workers.push(worker);
      this.load.set(worker, 0);
    }
  }

  extract(doc: SourceDocument): Promise<DocExtraction> {
    if (this.failure) return Promise.reject(this.failure);
    const seq = this.seq++;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      this.queue.push({ seq, doc, options: this.options });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const worker = this.workers.reduce((a, b) => (this.load.get(b)! < this.load.get(a)! ? b : a));
      const load = this.load.get(worker)!;
      if (load >= WORKER_DEPTH) return;
      this.load.set(worker, load + 1);
      worker.postMessage(this.queue.shift()!);
    }
  }

  private settle(worker: Worker, msg: { seq: number; extraction?: DocExtraction; error?: string }): void {
    this.load.set(worker, this.load.get(worker)! - 1);
    const p = this.pending.get(msg.seq);
    this.pending.delete(msg.seq);
    if (msg.extraction) p?.resolve(msg.extraction);
    else p?.reject(new Error(msg.error ?? 'extraction failed'));
    this.pump();
  }

  /** A crashed worker fails every document still waiting: the run cannot be trusted. */
  private fail(worker: Worker, err: Error): void {
    this.failure ??= err;
    this.load.set(worker, Infinity);
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** An extractor with `workers` threads; 1 (or no compiled worker) extracts in this thread. */
export function createExtractor(workers: number, options: ExtractOptions = {}): Extractor {
  const file = workerFile();
  if (workers <= 1 || !file) return new InlineExtractor(options);
  return new PoolExtractor(workers, file, options);
}

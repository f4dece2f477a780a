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

/** Round-robin over worker threads, each taking the next document as soon as it is free. */
class PoolExtractor implements Extractor {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: { seq: number; doc: SourceDocument; options: ExtractOptions }[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly busy = new Map<Worker, number>();
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
      this.idle.push(worker);
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
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.busy.set(worker, job.seq);
      worker.postMessage(job);
    }
  }

  private settle(worker: Worker, msg: { seq: number; extraction?: DocExtraction; error?: string }): void {
    this.busy.delete(worker);
    this.idle.push(worker);
    const p = this.pending.get(msg.seq);
    this.pending.delete(msg.seq);
    if (msg.extraction) p?.resolve(msg.extraction);
    else p?.reject(new Error(msg.error ?? 'extraction failed'));
    this.pump();
  }

  /** A crashed worker fails every document still waiting: the run cannot be trusted. */
  private fail(worker: Worker, err: Error): void {
    this.failure ??= err;
    this.busy.delete(worker);
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

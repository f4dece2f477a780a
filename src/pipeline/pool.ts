import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { extractDocument, type ExtractOptions } from '../extract/document.js';
import type { NerModel } from '../extract/ner/model.js';
import type { DocExtraction, SourceDocument } from '../extract/types.js';
import { DEFAULT_MODEL_DIR, MODEL_FILES, readRecognizer } from './model.js';

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

/**
 * Which entity recognizer to use: a model directory, `null` for the rules alone, or undefined
 * for the shipped model (the rules alone when this copy has none).
 */
export type ModelChoice = string | null | undefined;

/** The model directory a choice comes to, or null for none. */
export function modelDirOf(choice: ModelChoice): string | null {
  if (choice !== undefined) return choice;
  return existsSync(`${DEFAULT_MODEL_DIR}${MODEL_FILES.header}`) ? DEFAULT_MODEL_DIR : null;
}

/** Extraction options with the recognizer of a model directory, read once. */
function withRecognizer(options: ExtractOptions, dir: string | null): ExtractOptions {
  const recognizer: NerModel | undefined = dir === null ? undefined : readRecognizer(dir);
  return recognizer ? { ...options, recognizer } : options;
}

class InlineExtractor implements Extractor {
  private readonly options: ExtractOptions;
  constructor(options: ExtractOptions, model: string | null) {
    this.options = withRecognizer(options, model);
  }
  async extract(doc: SourceDocument): Promise<DocExtraction> {
    return extractDocument(doc, this.options);
  }
  async close(): Promise<void> {}
}

interface Pending {
  resolve(ex: DocExtraction): void;
  reject(err: Error): void;
}

interface Job {
  seq: number;
  doc: SourceDocument;
  /** What travels to a worker: never the recognizer, which each worker reads once itself. */
  options: ExtractOptions;
}

type WorkerReply = { ready: true } | { seq: number; extraction?: DocExtraction; error?: string };

/**
 * Documents a worker holds at once: the one it extracts and the next, so that it never waits
 * for this thread to answer before it starts on another.
 */
const WORKER_DEPTH = 2;

/**
 * Work below which no worker starts: a worker takes about a second to load compromise, longer
 * than a handful of articles take in this thread.
 */
const SMALL = { documents: 16, characters: 200_000 };

/**
 * Worker threads, each given the next document while it is still on its last one. The workers
 * start only once the input is more than a few articles, and until the first of them has
 * loaded, this thread extracts documents itself.
 */
class PoolExtractor implements Extractor {
  private readonly workers: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly pending = new Map<number, Pending>();
  /** Documents sent to each loaded worker and not yet back. */
  private readonly load = new Map<Worker, number>();
  private readonly seen = { documents: 0, characters: 0 };
  /** Where the documents were extracted, for tests and curious people. */
  readonly extracted = { here: 0, inWorkers: 0 };
  /** The document this thread is extracting, if any. */
  private inline: Promise<void> | undefined;
  private seq = 0;
  private failure: Error | undefined;
  /** The options this thread extracts with (the recognizer included). */
  private readonly here: ExtractOptions;

  constructor(
    private readonly size: number,
    private readonly file: string,
    private readonly options: ExtractOptions,
    private readonly model: string | null,
  ) {
    // Read here first: a bad model fails the run before any worker starts.
    this.here = withRecognizer(options, model);
  }

  extract(doc: SourceDocument): Promise<DocExtraction> {
    if (this.failure) return Promise.reject(this.failure);
    const seq = this.seq++;
    this.seen.documents += 1;
    this.seen.characters += doc.text.length;
    if (this.workers.length === 0 && (this.seen.documents > SMALL.documents || this.seen.characters > SMALL.characters)) this.start();
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      this.queue.push({ seq, doc, options: this.options });
      this.pump();
    });
  }

  private start(): void {
    for (let i = 0; i < this.size; i++) {
      const worker = new Worker(this.file, { workerData: { model: this.model } });
      worker.on('message', (msg: WorkerReply) => {
        if ('ready' in msg) this.load.set(worker, 0);
        else this.settle(worker, msg);
        this.pump();
      });
      worker.on('error', (err) => this.fail(worker, err));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(worker, new Error(`extract worker exited with code ${code}`));
      });
      this.workers.push(worker);
    }
  }

  private pump(): void {
    if (this.load.size === 0) {
      this.extractHere();
      return;
    }
    while (this.queue.length > 0) {
      const [worker, load] = [...this.load].reduce((a, b) => (b[1] < a[1] ? b : a));
      if (load >= WORKER_DEPTH) return;
      this.load.set(worker, load + 1);
      worker.postMessage(this.queue.shift()!);
    }
  }

  /** Extract the next queued document in this thread, one at a time, letting I/O run between. */
  private extractHere(): void {
    if (this.inline || this.queue.length === 0) return;
    const job = this.queue.shift()!;
    this.inline = new Promise<void>((done) =>
      setImmediate(() => {
        let reply: WorkerReply;
        try {
          reply = { seq: job.seq, extraction: extractDocument(job.doc, this.here) };
        } catch (err) {
          reply = { seq: job.seq, error: err instanceof Error ? err.message : String(err) };
        }
        this.inline = undefined;
        this.settle(undefined, reply);
        done();
        this.pump();
      }),
    );
  }

  private settle(worker: Worker | undefined, msg: { seq: number; extraction?: DocExtraction; error?: string }): void {
    if (worker) this.load.set(worker, this.load.get(worker)! - 1);
    this.extracted[worker ? 'inWorkers' : 'here'] += 1;
    const p = this.pending.get(msg.seq);
    this.pending.delete(msg.seq);
    if (msg.extraction) p?.resolve(msg.extraction);
    else p?.reject(new Error(msg.error ?? 'extraction failed'));
  }

  /** A crashed worker fails every document still waiting: the run cannot be trusted. */
  private fail(worker: Worker, err: Error): void {
    this.failure ??= err;
    this.load.set(worker, Infinity);
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }

  async close(): Promise<void> {
    await this.inline;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/**
 * An extractor with `workers` threads; 1 (or no compiled worker) extracts in this thread. Each
 * thread reads the recognizer of `model` once (see ModelChoice).
 */
export function createExtractor(workers: number, options: ExtractOptions = {}, model?: ModelChoice): Extractor {
  const file = workerFile();
  const dir = modelDirOf(model);
  if (workers <= 1 || !file) return new InlineExtractor(options, dir);
  return new PoolExtractor(workers, file, options, dir);
}

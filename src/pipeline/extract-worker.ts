// A worker thread of the extract pool: documents in, extractions out, in the order asked.
import { parentPort, workerData } from 'node:worker_threads';
import { extractDocument, type ExtractOptions } from '../extract/document.js';
import type { SourceDocument } from '../extract/types.js';
import { readRecognizer } from './model.js';

export interface WorkerRequest {
  seq: number;
  doc: SourceDocument;
  options: ExtractOptions;
}

// The recognizer is read once, here; the pool has already read the same directory without error.
const modelDir = (workerData as { model: string | null } | null)?.model ?? null;
const recognizer = modelDir === null ? undefined : readRecognizer(modelDir);

parentPort!.on('message', ({ seq, doc, options }: WorkerRequest) => {
  try {
    parentPort!.postMessage({ seq, extraction: extractDocument(doc, recognizer ? { ...options, recognizer } : options) });
  } catch (err) {
    parentPort!.postMessage({ seq, error: err instanceof Error ? err.message : String(err) });
  }
});

// Loaded: the pool may now send documents here rather than extract them in its own thread.
parentPort!.postMessage({ ready: true });

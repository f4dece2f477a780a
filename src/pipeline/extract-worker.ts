// A worker thread of the extract pool: documents in, extractions out, in the order asked.
import { parentPort } from 'node:worker_threads';
import { extractDocument, type ExtractOptions } from '../extract/document.js';
import type { SourceDocument } from '../extract/types.js';

export interface WorkerRequest {
  seq: number;
  doc: SourceDocument;
  options: ExtractOptions;
}

parentPort!.on('message', ({ seq, doc, options }: WorkerRequest) => {
  try {
    parentPort!.postMessage({ seq, extraction: extractDocument(doc, options) });
  } catch (err) {
    parentPort!.postMessage({ seq, error: err instanceof Error ? err.message : String(err) });
  }
});

// Loaded: the pool may now send documents here rather than extract them in its own thread.
parentPort!.postMessage({ ready: true });

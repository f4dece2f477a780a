// A worker thread of the extract pool: documents in, extractions out, in the order asked.
import { parentPort } from 'node:worker_threads';
import { extractDocument } from '../extract/document.js';
import type { SourceDocument } from '../extract/types.js';

export interface WorkerRequest {
  seq: number;
  doc: SourceDocument;
}

parentPort!.on('message', ({ seq, doc }: WorkerRequest) => {
  try {
    parentPort!.postMessage({ seq, extraction: extractDocument(doc) });
  } catch (err) {
    parentPort!.postMessage({ seq, error: err instanceof Error ? err.message : String(err) });
  }
});

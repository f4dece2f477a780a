import type { Diagnostic } from '../diagnostics.js';
import { assembleSnapshot, type DocumentHeader } from '../extract/assemble.js';
import type { DocExtraction } from '../extract/types.js';
import { readSources } from '../input/sources.js';
import type { Snapshot } from '../snapshot/schema.js';
import { createExtractor, defaultWorkers } from './pool.js';
import { readSourceModel } from './source-model.js';

export interface ExtractCorpusOptions {
  /** Worker threads; defaults to one a core. The snapshot is the same whatever the number. */
  workers?: number;
  /** Characters of a document read for entities and statements (see DEFAULT_MAX_CHARS). */
  maxChars?: number;
  /** Called once per document extracted. */
  onDocument?: () => void;
  /** Called for each input problem, as it is found. */
  onDiagnostic?: (d: Diagnostic) => void;
  createdAt?: Date;
}

export interface ExtractCorpusResult {
  snapshot: Snapshot;
  diagnostics: Diagnostic[];
}

/**
 * Read the inputs and extract every document into one snapshot, in input order.
 * Inputs are streamed: only a few documents per worker are in flight at once, and a document's
 * text is dropped once extracted. Input problems are collected (and reported as they come);
 * good documents go on.
 */
export async function extractCorpus(inputs: string[], options: ExtractCorpusOptions = {}): Promise<ExtractCorpusResult> {
  const workers = options.workers ?? defaultWorkers();
  const sourceModel = readSourceModel();
  const extractor = createExtractor(workers, { ...(options.maxChars === undefined ? {} : { maxChars: options.maxChars }), ...(sourceModel ? { sourceModel } : {}) });
  const headers: DocumentHeader[] = [];
  const results: Promise<DocExtraction | Diagnostic>[] = [];
  const diagnostics: Diagnostic[] = [];
  const report = (d: Diagnostic) => {
    diagnostics.push(d);
    options.onDiagnostic?.(d);
  };
  const inFlightLimit = Math.max(4, workers * 4);
  // Back-pressure on the number of documents in flight, not on the oldest: one long document
  // must not stop the reading while the other workers run dry.
  let inFlight = 0;
  let wake: (() => void) | undefined;
  const landed = () => {
    inFlight--;
    wake?.();
  };
  try {
    for await (const event of readSources(inputs)) {
      if (event.kind === 'diagnostic') {
        report(event.diagnostic);
        continue;
      }
      const { text, ...header } = event.doc;
      void text;
      headers.push(header);
      inFlight++;
      results.push(
        extractor.extract(event.doc).then(
          (ex) => {
            landed();
            for (const note of ex.notes ?? []) report({ file: header.path ?? header.id, reason: note, ruleId: 'truncated' });
            options.onDocument?.();
            return ex;
          },
          (err: Error): Diagnostic => {
            landed();
            return { file: header.path ?? header.id, reason: `extraction failed: ${err.message}`, ruleId: 'extract-error', fatal: true };
          },
        ),
      );
      while (inFlight >= inFlightLimit) await new Promise<void>((resolve) => (wake = resolve));
    }
    const done = await Promise.all(results);
    const keptHeaders: DocumentHeader[] = [];
    const extractions: DocExtraction[] = [];
    done.forEach((r, i) => {
      if ('docId' in r) {
        keptHeaders.push(headers[i]!);
        extractions.push(r);
      } else report(r);
    });
    return { snapshot: assembleSnapshot(keptHeaders, extractions, options.createdAt ?? new Date()), diagnostics };
  } finally {
    await extractor.close();
  }
}

import type { Diagnostic } from '../diagnostics.js';
import { assembleSnapshot, type DocumentHeader } from '../extract/assemble.js';
import { extractDocument } from '../extract/document.js';
import type { DocExtraction } from '../extract/types.js';
import { readSources } from '../input/sources.js';
import type { Snapshot } from '../snapshot/schema.js';

export interface ExtractCorpusOptions {
  /** Called once per document extracted, and once per input problem. */
  onDocument?: () => void;
  onDiagnostic?: (d: Diagnostic) => void;
  createdAt?: Date;
}

export interface ExtractCorpusResult {
  snapshot: Snapshot;
  diagnostics: Diagnostic[];
}

/**
 * Read the inputs and extract every document into one snapshot, in input order.
 * Input problems are collected (and reported as they come); good documents go on.
 */
export async function extractCorpus(inputs: string[], options: ExtractCorpusOptions = {}): Promise<ExtractCorpusResult> {
  const headers: DocumentHeader[] = [];
  const extractions: DocExtraction[] = [];
  const diagnostics: Diagnostic[] = [];
  for await (const event of readSources(inputs)) {
    if (event.kind === 'diagnostic') {
      diagnostics.push(event.diagnostic);
      options.onDiagnostic?.(event.diagnostic);
      continue;
    }
    const { text, ...header } = event.doc;
    void text;
    extractions.push(extractDocument(event.doc));
    headers.push(header);
    options.onDocument?.();
  }
  return { snapshot: assembleSnapshot(headers, extractions, options.createdAt ?? new Date()), diagnostics };
}

import { formatDiagnostic } from '../diagnostics.js';
import { readSources } from '../input/sources.js';

/** Document texts by id, read from the same inputs `claimgraph extract` takes. */
export type DocumentTexts = Map<string, string>;

/**
 * Read the texts of the documents (dirs of .txt, .txt files, .jsonl files). Only ids in
 * `wanted` are kept (the graph's documents), so a large input costs no more memory than needed.
 * Problems with inputs are passed to `warn` as one line each; reading goes on.
 */
export async function readDocumentTexts(inputs: string[], wanted: ReadonlySet<string>, warn: (line: string) => void): Promise<DocumentTexts> {
  const texts: DocumentTexts = new Map();
  for await (const event of readSources(inputs)) {
    if (event.kind === 'diagnostic') warn(formatDiagnostic(event.diagnostic));
    else if (wanted.has(event.doc.id)) texts.set(event.doc.id, event.doc.text);
  }
  return texts;
}

/**
 * The bench's baseline, run as its own process so its memory is measured apart: plain
 * compromise doing only people(), organizations(), places() and quotations() on every document
 * of a corpus, one after the other in one process. Prints `{documents, found, ms}` as JSON.
 *
 *   node dist/bench/baseline.js CORPUS
 */
import { pathToFileURL } from 'node:url';
import nlp from 'compromise';
import { readSources } from '../input/sources.js';

/** Run the plain pass over `input`; returns how many documents and matches, and the time spent. */
export async function plainCompromisePass(input: string): Promise<{ documents: number; found: number; ms: number }> {
  const started = performance.now();
  let documents = 0;
  let found = 0;
  for await (const event of readSources([input])) {
    if (event.kind !== 'document') continue;
    const doc = nlp(event.doc.text);
    // Take the results out as text, as any user of them would.
    found += doc.people().out('array').length;
    found += doc.organizations().out('array').length;
    found += doc.places().out('array').length;
    found += doc.quotations().out('array').length;
    documents++;
  }
  return { documents, found, ms: performance.now() - started };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const input = process.argv[2];
  if (!input) {
    process.stderr.write('usage: node dist/bench/baseline.js CORPUS\n');
    process.exitCode = 2;
  } else {
    process.stdout.write(`${JSON.stringify(await plainCompromisePass(input))}\n`);
  }
}

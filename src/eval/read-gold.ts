import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { z } from 'zod';
import { formatDiagnostic, type Diagnostic } from '../diagnostics.js';
import { GoldLineSchema, type GoldDocument, type GoldLayer, type GoldLine, type GoldSpan } from './gold.js';

/** A gold file that cannot be used: every problem is a one-line diagnostic with file:line. */
export class GoldReadError extends Error {
  override name = 'GoldReadError';
  constructor(readonly problems: Diagnostic[]) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    super(`${formatDiagnostic(problems[0]!)}${more}`);
  }
}

/** The gold documents of a file, in file order, and which layers the file annotates. */
export interface GoldSet {
  documents: GoldDocument[];
  /** The layers annotated in at least one document. */
  layers: Set<GoldLayer>;
}

/** Stop collecting after this many bad lines: the file is plainly in another format. */
const MAX_PROBLEMS = 20;

function describe(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const where = issue.path.length ? `"${issue.path.join('.')}": ` : '';
  return `${where}${issue.message}`;
}

/** The spans of a line whose `text` must be the document's text at their offsets. */
function* spansOf(line: GoldLine): Generator<[string, GoldSpan]> {
  for (const [i, e] of (line.entities ?? []).entries()) yield [`entities.${i}`, e];
  for (const [i, q] of (line.quotes ?? []).entries()) {
    const at = `quotes.${i}`;
    if (q.contentSpans?.length) for (const [j, s] of q.contentSpans.entries()) yield [`${at}.contentSpans.${j}`, s];
    else yield [at, { start: q.start, end: q.end, ...(q.content != null ? { text: q.content } : {}) }];
    for (const [j, s] of (q.speakerSpans ?? []).entries()) yield [`${at}.speakerSpans.${j}`, s];
    for (const [j, s] of (q.cueSpans ?? []).entries()) yield [`${at}.cueSpans.${j}`, s];
  }
}

/** Why a line's spans do not fit its text, or undefined when they do (or there is no text). */
function checkSpans(line: GoldLine): string | undefined {
  const text = line.text;
  if (text === undefined) return undefined;
  for (const [where, span] of spansOf(line)) {
    if (span.end > text.length) return `"${where}": end ${span.end} is past the end of the text (${text.length})`;
    const actual = text.slice(span.start, span.end);
    if (span.text !== undefined && span.text !== actual) {
      return `"${where}": the text at ${span.start}-${span.end} is ${JSON.stringify(actual.slice(0, 60))}, not ${JSON.stringify(span.text.slice(0, 60))}`;
    }
  }
  return undefined;
}

/** A line annotates a layer if it says so in `annotated`, else if it has the field at all. */
function layersOf(line: GoldLine): Set<GoldLayer> {
  if (line.annotated) return new Set(line.annotated);
  const layers = new Set<GoldLayer>();
  if (line.entities) layers.add('entities');
  if (line.quotes) layers.add('quotes');
  return layers;
}

/**
 * Read a gold JSONL file line by line. Every line is checked (schema, spans against `text`,
 * unique ids); any problem fails the whole file with a GoldReadError, because scoring against
 * part of the gold would silently change the numbers.
 *
 * A layer (entities, quotes) counts as annotated in a document when the line lists it in
 * `annotated`; without `annotated`, when the line has the field and some line of the file has
 * a non-empty list for it. So PolNeAR's `"entities": []` on every line means "not annotated",
 * while an article of a newsroom's gold with `"quotes": []` means "has no quotes".
 */
export async function readGold(path: string): Promise<GoldSet> {
  const problems: Diagnostic[] = [];
  const lines: { line: GoldLine; layers: Set<GoldLayer>; explicit: boolean }[] = [];
  const seen = new Set<string>();
  const nonEmpty = new Set<GoldLayer>();
  const stream = createReadStream(path, { encoding: 'utf8' });
  const opened = new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', reject);
  });
  try {
    await opened;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new GoldReadError([{ file: path, reason: code === 'ENOENT' ? 'no such file' : `cannot read (${code})` }]);
  }
  let lineNo = 0;
  for await (let raw of createInterface({ input: stream, crlfDelay: Infinity })) {
    lineNo++;
    if (lineNo === 1 && raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
    if (raw.trim() === '') continue;
    const problem = (reason: string) => problems.push({ file: path, line: lineNo, reason });
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (err) {
      problem(`malformed JSON (${(err as Error).message})`);
    }
    if (json !== undefined) {
      const parsed = GoldLineSchema.safeParse(json);
      if (!parsed.success) problem(`not a gold document: ${describe(parsed.error)}`);
      else {
        const line = parsed.data;
        const id = (line.docId ?? line.id)!;
        const bad = checkSpans(line);
        if (bad) problem(bad);
        else if (seen.has(id)) problem(`duplicate document id "${id}"`);
        else {
          seen.add(id);
          if (line.entities?.length) nonEmpty.add('entities');
          if (line.quotes?.length) nonEmpty.add('quotes');
          lines.push({ line, layers: layersOf(line), explicit: line.annotated !== undefined });
        }
      }
    }
    if (problems.length >= MAX_PROBLEMS) break;
  }
  stream.destroy();
  if (problems.length > 0) throw new GoldReadError(problems);
  if (lines.length === 0) throw new GoldReadError([{ file: path, reason: 'no gold documents in this file' }]);

  const layers = new Set<GoldLayer>();
  const documents = lines.map(({ line, layers: own, explicit }): GoldDocument => {
    const doc: GoldDocument = { id: (line.docId ?? line.id)! };
    if (line.text !== undefined) doc.text = line.text;
    const has = (layer: GoldLayer) => own.has(layer) && (explicit || nonEmpty.has(layer));
    if (has('entities')) doc.entities = line.entities ?? [];
    if (has('quotes')) doc.quotes = line.quotes ?? [];
    if (doc.entities) layers.add('entities');
    if (doc.quotes) layers.add('quotes');
    return doc;
  });
  return { documents, layers };
}

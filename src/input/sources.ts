import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import type { SourceDocument } from '../extract/types.js';
import { decodeText } from './decode.js';
import { readJsonl } from './jsonl.js';
import { MAX_DOCUMENT_BYTES, openRegular, readBounded, tooLarge } from './open.js';
import { surrogateNote } from './surrogates.js';

/**
 * What reading the inputs yields, in a stable order: documents (with their line in a JSONL file),
 * and problems with inputs (fatal ones skip the file or line; others are notes).
 */
export type SourceEvent = { kind: 'document'; doc: SourceDocument; line?: number } | { kind: 'diagnostic'; diagnostic: Diagnostic };

export interface ReadSourcesOptions {
  /** The most one document (a file, a JSONL line) may hold; default MAX_DOCUMENT_BYTES. */
  maxDocumentBytes?: number;
}

const JSONL = /\.(jsonl|ndjson)$/i;

function fatal(file: string, reason: string, ruleId: string, line?: number): SourceEvent {
  return { kind: 'diagnostic', diagnostic: { file, ...(line !== undefined && { line }), reason, ruleId, fatal: true } };
}

/**
 * Every `.txt` below `dir`, sorted by relative path so runs are reproducible. Entries that are not
 * plain files (links, FIFOs, devices) are listed too: opening them says what they are.
 */
async function listTextFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => !e.isDirectory() && e.name.toLowerCase().endsWith('.txt'))
    .map((e) => join(e.parentPath, e.name))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** One `.txt` file: only a regular file, at most `maxBytes`, decoded (see decode.ts). */
async function* readTextFile(path: string, id: string, label: string, maxBytes: number): AsyncGenerator<SourceEvent> {
  const opened = await openRegular(path, maxBytes);
  if (!opened.ok) {
    yield fatal(label, opened.reason, opened.ruleId);
    return;
  }
  let bytes: Buffer | undefined;
  try {
    bytes = await readBounded(opened.handle, opened.size, maxBytes);
  } catch (err) {
    yield fatal(label, `cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, 'unreadable');
    return;
  } finally {
    await opened.handle.close();
  }
  if (!bytes) {
    const { reason, ruleId } = tooLarge('file', undefined, maxBytes);
    yield fatal(label, reason, ruleId);
    return;
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    yield fatal(label, decoded.reason, decoded.ruleId);
    return;
  }
  if (decoded.replaced) yield { kind: 'diagnostic', diagnostic: { file: label, reason: surrogateNote(decoded.replaced), ruleId: 'lone-surrogate' } };
  yield { kind: 'document', doc: { id, text: decoded.text, path: label } };
}

/**
 * Read every input: `.txt` files, directories of `.txt` (recursively) and `.jsonl` files.
 * Document ids follow the snapshot spec. Duplicate ids are reported and the later one skipped.
 * Only regular files are read, each document bounded (see open.ts).
 */
export async function* readSources(inputs: string[], options: ReadSourcesOptions = {}): AsyncGenerator<SourceEvent> {
  const maxBytes = options.maxDocumentBytes ?? MAX_DOCUMENT_BYTES;
  const seen = new Set<string>();
  for (const input of inputs) {
    for await (const event of readInput(input, maxBytes)) {
      if (event.kind === 'document') {
        if (seen.has(event.doc.id)) {
          yield fatal(event.doc.path ?? input, `duplicate document id "${event.doc.id}" (already read), skipped`, 'duplicate-id', event.line);
          continue;
        }
        seen.add(event.doc.id);
      }
      yield event;
    }
  }
}

async function* readInput(input: string, maxBytes: number): AsyncGenerator<SourceEvent> {
  let info;
  try {
    info = await stat(input);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    yield fatal(input, code === 'ENOENT' ? 'no such file or directory' : `cannot open (${code})`, 'missing');
    return;
  }
  if (info.isDirectory()) {
    const files = await listTextFiles(input);
    if (files.length === 0) {
      yield fatal(input, 'directory holds no .txt files', 'no-documents');
      return;
    }
    for (const file of files) {
      const id = relative(input, file).split(sep).join('/');
      yield* readTextFile(file, id, file, maxBytes);
    }
  } else if (JSONL.test(input)) {
    yield* readJsonl(input, input, maxBytes);
  } else {
    yield* readTextFile(input, basename(input), input, maxBytes);
  }
}

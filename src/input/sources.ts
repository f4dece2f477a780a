import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import type { SourceDocument } from '../extract/types.js';
import { decodeText } from './decode.js';
import { readJsonl } from './jsonl.js';

/** What reading the inputs yields, in a stable order: documents, and problems with inputs. */
export type SourceEvent = { kind: 'document'; doc: SourceDocument } | { kind: 'diagnostic'; diagnostic: Diagnostic };

const JSONL = /\.(jsonl|ndjson)$/i;

function fatal(file: string, reason: string, ruleId: string): SourceEvent {
  return { kind: 'diagnostic', diagnostic: { file, reason, ruleId, fatal: true } };
}

/** Every `.txt` below `dir`, sorted by relative path so runs are reproducible. */
async function listTextFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.txt'))
    .map((e) => join(e.parentPath, e.name))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

async function readTextFile(path: string, id: string, label: string): Promise<SourceEvent> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    return fatal(label, `cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, 'unreadable');
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return fatal(label, decoded.reason, decoded.ruleId);
  return { kind: 'document', doc: { id, text: decoded.text, path: label } };
}

/**
 * Read every input: `.txt` files, directories of `.txt` (recursively) and `.jsonl` files.
 * Document ids follow the snapshot spec. Duplicate ids are reported and the later one skipped.
 */
export async function* readSources(inputs: string[]): AsyncGenerator<SourceEvent> {
  const seen = new Set<string>();
  for (const input of inputs) {
    for await (const event of readInput(input)) {
      if (event.kind === 'document') {
        if (seen.has(event.doc.id)) {
          yield fatal(event.doc.path ?? input, `duplicate document id "${event.doc.id}" (already read), skipped`, 'duplicate-id');
          continue;
        }
        seen.add(event.doc.id);
      }
      yield event;
    }
  }
}

async function* readInput(input: string): AsyncGenerator<SourceEvent> {
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
      yield await readTextFile(file, id, file);
    }
  } else if (JSONL.test(input)) {
    yield* readJsonl(input, input);
  } else {
    yield await readTextFile(input, basename(input), input);
  }
}

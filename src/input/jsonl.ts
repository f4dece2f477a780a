import type { FileHandle } from 'node:fs/promises';
import { z } from 'zod';
import type { Diagnostic } from '../diagnostics.js';
import type { SourceDocument } from '../extract/types.js';
import { MAX_DOCUMENT_BYTES, openRegular, tooLarge } from './open.js';
import type { SourceEvent } from './sources.js';
import { replaceLoneSurrogates, surrogateNote } from './surrogates.js';

/** One line of an input `.jsonl`: `{docId|id, text, title?, url?, source?, publishedAt?}`. */
const JsonlDocumentSchema = z
  .object({
    docId: z.string().min(1).optional(),
    id: z.string().min(1).optional(),
    text: z.string(),
    title: z.string().optional().nullable(),
    url: z.string().optional().nullable(),
    source: z.string().optional().nullable(),
    publisher: z.string().optional().nullable(),
    publishedAt: z.string().optional().nullable(),
    date: z.string().optional().nullable(),
  })
  .refine((d) => d.docId !== undefined || d.id !== undefined, { message: 'needs a "docId" or "id"' });

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A line of bytes, or the length of a line too long to keep (its bytes were dropped as they came). */
type Line = Buffer | { tooLong: number };

/**
 * Split a byte stream into lines without holding more than one line at a time, and never more
 * than `maxBytes` of one line: the rest of a longer line is skipped as it streams past.
 */
async function* byteLines(handle: FileHandle, maxBytes: number): AsyncGenerator<Line> {
  let pending: Buffer[] = [];
  let held = 0;
  let dropped = 0;
  const take = (part: Buffer) => {
    if (dropped > 0 || held + part.length > maxBytes) {
      dropped += held + part.length;
      pending = [];
      held = 0;
    } else if (part.length > 0) {
      pending.push(part);
      held += part.length;
    }
  };
  const end = (): Line => {
    const line: Line = dropped > 0 ? { tooLong: dropped } : pending.length === 1 ? pending[0]! : Buffer.concat(pending);
    pending = [];
    held = 0;
    dropped = 0;
    return line;
  };
  for await (const chunk of handle.createReadStream() as AsyncIterable<Buffer>) {
    let from = 0;
    let nl: number;
    while ((nl = chunk.indexOf(10, from)) !== -1) {
      take(chunk.subarray(from, nl));
      yield end();
      from = nl + 1;
    }
    if (from < chunk.length) take(chunk.subarray(from));
  }
  if (held > 0 || dropped > 0) yield end();
}

/** JSON.parse, with lone surrogates in every string replaced (see surrogates.ts); only `\uD800`-`\uDFFF` escapes can make one. */
function parseLine(line: string): { json: unknown; replaced: number } {
  if (!/\\u[dD][89a-fA-F]/.test(line)) return { json: JSON.parse(line), replaced: 0 };
  let replaced = 0;
  const json: unknown = JSON.parse(line, (_key, value: unknown) => {
    if (typeof value !== 'string') return value;
    const fixed = replaceLoneSurrogates(value);
    replaced += fixed.replaced;
    return fixed.text;
  });
  return { json, replaced };
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const where = issue.path.length ? `"${issue.path.join('.')}" ` : '';
  return `${where}${issue.message}`.trim();
}

/** What one line gives: a document (with its replaced surrogates), a problem, or nothing (blank). */
type LineResult = { doc: SourceDocument; replaced: number } | { reason: string; ruleId: string } | undefined;

/** One JSONL line as a document, or its problem. */
function readLine(raw: Buffer, lineNo: number): LineResult {
  let line: string;
  try {
    line = utf8.decode(raw);
  } catch {
    return { reason: 'invalid UTF-8', ruleId: 'invalid-utf8' };
  }
  if (lineNo === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
  if (line.trim() === '') return undefined;
  let json: unknown;
  let replaced: number;
  try {
    ({ json, replaced } = parseLine(line));
  } catch (err) {
    return { reason: `malformed JSON (${(err as Error).message})`, ruleId: 'malformed-json' };
  }
  const parsed = JsonlDocumentSchema.safeParse(json);
  if (!parsed.success) return { reason: `not a document: ${describe(parsed.error)}`, ruleId: 'bad-document' };
  const d = parsed.data;
  if (d.text.trim() === '') return { reason: 'empty "text"', ruleId: 'empty' };
  const text = d.text.charCodeAt(0) === 0xfeff ? d.text.slice(1) : d.text;
  const doc: SourceDocument = { id: (d.docId ?? d.id)!, text };
  const title = d.title ?? undefined;
  const source = d.source ?? d.publisher ?? undefined;
  const publishedAt = d.publishedAt ?? d.date ?? undefined;
  if (title) doc.title = title;
  if (d.url) doc.url = d.url;
  if (source) doc.source = source;
  if (publishedAt) doc.publishedAt = publishedAt;
  return { doc, replaced };
}

/**
 * Read documents from a JSONL file, one event per line: a document (with its line number) or the
 * line's problem, and a note before a document whose lone surrogates were replaced. The file must
 * be a regular file; one line may hold at most `maxBytes`.
 */
export async function* readJsonl(path: string, label: string, maxBytes = MAX_DOCUMENT_BYTES): AsyncGenerator<SourceEvent> {
  const opened = await openRegular(path, Infinity);
  if (!opened.ok) {
    yield { kind: 'diagnostic', diagnostic: { file: label, reason: opened.reason, ruleId: opened.ruleId, fatal: true } };
    return;
  }
  let lineNo = 0;
  let events = 0;
  try {
    for await (const raw of byteLines(opened.handle, maxBytes)) {
      lineNo++;
      const result = Buffer.isBuffer(raw) ? readLine(raw, lineNo) : tooLarge('line', raw.tooLong, maxBytes);
      if (result === undefined) continue;
      events++;
      if ('reason' in result) {
        yield { kind: 'diagnostic', diagnostic: { file: label, line: lineNo, reason: result.reason, ruleId: result.ruleId, fatal: true } satisfies Diagnostic };
        continue;
      }
      if (result.replaced > 0) yield { kind: 'diagnostic', diagnostic: { file: label, line: lineNo, reason: surrogateNote(result.replaced), ruleId: 'lone-surrogate' } };
      yield { kind: 'document', doc: result.doc, line: lineNo };
    }
  } finally {
    await opened.handle.close();
  }
  if (events === 0) {
    yield { kind: 'diagnostic', diagnostic: { file: label, reason: 'no documents in this JSONL file', ruleId: 'empty', fatal: true } };
  }
}

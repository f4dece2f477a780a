import { createReadStream } from 'node:fs';
import { z } from 'zod';
import type { Diagnostic } from '../diagnostics.js';
import type { SourceDocument } from '../extract/types.js';
import type { SourceEvent } from './sources.js';

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

/** Split a byte stream into lines without holding more than one line at a time. */
async function* byteLines(path: string): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let from = 0;
    let nl: number;
    while ((nl = chunk.indexOf(10, from)) !== -1) {
      pending.push(chunk.subarray(from, nl));
      yield pending.length === 1 ? pending[0]! : Buffer.concat(pending);
      pending = [];
      from = nl + 1;
    }
    if (from < chunk.length) pending.push(chunk.subarray(from));
  }
  if (pending.length > 0) yield Buffer.concat(pending);
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const where = issue.path.length ? `"${issue.path.join('.')}" ` : '';
  return `${where}${issue.message}`.trim();
}

/** Read documents from a JSONL file, one event per line: a document or the line's problem. */
export async function* readJsonl(path: string, label: string): AsyncGenerator<SourceEvent> {
  let lineNo = 0;
  let count = 0;
  let problems = 0;
  const problem = (line: number, reason: string, ruleId: string): SourceEvent => {
    problems++;
    return { kind: 'diagnostic', diagnostic: { file: label, line, reason, ruleId, fatal: true } satisfies Diagnostic };
  };
  for await (const raw of byteLines(path)) {
    lineNo++;
    let line: string;
    try {
      line = utf8.decode(raw);
    } catch {
      yield problem(lineNo, 'invalid UTF-8', 'invalid-utf8');
      continue;
    }
    if (lineNo === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    if (line.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (err) {
      yield problem(lineNo, `malformed JSON (${(err as Error).message})`, 'malformed-json');
      continue;
    }
    const parsed = JsonlDocumentSchema.safeParse(json);
    if (!parsed.success) {
      yield problem(lineNo, `not a document: ${describe(parsed.error)}`, 'bad-document');
      continue;
    }
    const d = parsed.data;
    if (d.text.trim() === '') {
      yield problem(lineNo, 'empty "text"', 'empty');
      continue;
    }
    const text = d.text.charCodeAt(0) === 0xfeff ? d.text.slice(1) : d.text;
    const doc: SourceDocument = { id: (d.docId ?? d.id)!, text };
    const title = d.title ?? undefined;
    const source = d.source ?? d.publisher ?? undefined;
    const publishedAt = d.publishedAt ?? d.date ?? undefined;
    if (title) doc.title = title;
    if (d.url) doc.url = d.url;
    if (source) doc.source = source;
    if (publishedAt) doc.publishedAt = publishedAt;
    count++;
    yield { kind: 'document', doc };
  }
  if (count === 0 && problems === 0) {
    yield { kind: 'diagnostic', diagnostic: { file: label, reason: 'no documents in this JSONL file', ruleId: 'empty', fatal: true } };
  }
}

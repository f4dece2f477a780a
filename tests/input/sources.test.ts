import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSources, type SourceEvent } from '../../src/input/sources.js';

let dir: string;

async function collect(inputs: string[]): Promise<SourceEvent[]> {
  const events: SourceEvent[] = [];
  for await (const e of readSources(inputs)) events.push(e);
  return events;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimgraph-sources-'));
  await mkdir(join(dir, 'news/world'), { recursive: true });
  await writeFile(join(dir, 'news/b.txt'), 'Velayati said the victories were a source of pride.');
  await writeFile(join(dir, 'news/world/a.txt'), 'Mikdad added that Iran supports Syria.');
  await writeFile(join(dir, 'news/notes.md'), 'not read');
  await mkdir(join(dir, 'empty-dir'));
  await writeFile(join(dir, 'empty-dir/readme.md'), 'no text files here');
  await writeFile(
    join(dir, 'batch.jsonl'),
    [
      JSON.stringify({ docId: 'd1', text: 'Haniyeh said victory is near.', title: 'Haniyeh speaks' }),
      '{"docId": "d2", "text": ',
      JSON.stringify({ id: 'd3', text: 'Qassem said so.', source: 'Al-Ahed', publishedAt: '2023-01-02' }),
      JSON.stringify({ text: 'no id' }),
      '',
      JSON.stringify({ docId: 'd5', text: '   ' }),
    ].join('\n'),
  );
});

describe('readSources', () => {
  it('reads a directory recursively, ids relative with / and sorted', async () => {
    const events = await collect([join(dir, 'news')]);
    expect(events.map((e) => (e.kind === 'document' ? e.doc.id : e.diagnostic.reason))).toEqual(['b.txt', 'world/a.txt']);
  });

  it('names a .txt given directly by its file name', async () => {
    const [event] = await collect([join(dir, 'news/world/a.txt')]);
    expect(event).toMatchObject({ kind: 'document', doc: { id: 'a.txt', text: 'Mikdad added that Iran supports Syria.' } });
  });

  it('reads JSONL documents and reports each bad line with its number', async () => {
    const events = await collect([join(dir, 'batch.jsonl')]);
    const docs = events.flatMap((e) => (e.kind === 'document' ? [e.doc] : []));
    const problems = events.flatMap((e) => (e.kind === 'diagnostic' ? [e.diagnostic] : []));
    expect(docs.map((d) => d.id)).toEqual(['d1', 'd3']);
    expect(docs[0]).toMatchObject({ title: 'Haniyeh speaks' });
    expect(docs[1]).toMatchObject({ source: 'Al-Ahed', publishedAt: '2023-01-02' });
    expect(problems.map((p) => [p.line, p.ruleId])).toEqual([
      [2, 'malformed-json'],
      [4, 'bad-document'],
      [6, 'empty'],
    ]);
    expect(problems.every((p) => p.file.endsWith('batch.jsonl'))).toBe(true);
  });

  it('reports a missing path and a directory without .txt, and goes on', async () => {
    const events = await collect([join(dir, 'nope'), join(dir, 'empty-dir'), join(dir, 'news/b.txt')]);
    expect(events.map((e) => (e.kind === 'document' ? e.doc.id : e.diagnostic.ruleId))).toEqual(['missing', 'no-documents', 'b.txt']);
  });

  it('skips a second document with the same id', async () => {
    const events = await collect([join(dir, 'news/b.txt'), join(dir, 'news/b.txt')]);
    expect(events.map((e) => e.kind)).toEqual(['document', 'diagnostic']);
  });
});

import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GoldReadError, readGold } from '../../src/eval/read-gold.js';

let dir: string;
const TEXT = 'Mayor Ana Ruiz said the bridge would reopen in May.';
const line = (o: object) => JSON.stringify(o);

async function gold(name: string, lines: string[]): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, lines.join('\n') + '\n');
  return path;
}

async function problems(path: string): Promise<string[]> {
  try {
    await readGold(path);
  } catch (err) {
    if (err instanceof GoldReadError) return err.problems.map((p) => `${p.line ?? '-'}: ${p.reason}`);
    throw err;
  }
  return [];
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimgraph-gold-'));
});

describe('readGold', () => {
  it('reads PolNeAR-style lines, keeping extra fields out and mapping types and kinds', async () => {
    const path = await gold('ok.jsonl', [
      line({
        docId: 'a1', publisher: 'x', text: TEXT,
        entities: [{ text: 'Ana Ruiz', type: 'Person', start: 6, end: 14 }],
        quotes: [{ speaker: 'Mayor Ana Ruiz', content: 'the bridge would reopen in May', start: 20, end: 50, kind: 'partial', speakerSpans: [{ start: 0, end: 14 }] }],
      }),
    ]);
    const { documents, layers } = await readGold(path);
    expect([...layers].sort()).toEqual(['entities', 'quotes']);
    expect(documents[0]!.entities![0]!.type).toBe('PERSON');
    expect(documents[0]!.quotes![0]!.kind).toBe('mixed');
  });

  it('takes an empty list as "not annotated" unless some line annotates that layer', async () => {
    // Like CoNLL: every line has "quotes": [] and nobody annotated quotes.
    const conll = await readGold(await gold('conll.jsonl', [
      line({ docId: 'c1', entities: [{ type: 'LOCATION', start: 0, end: 5 }], quotes: [] }),
      line({ docId: 'c2', entities: [], quotes: [] }),
    ]));
    expect([...conll.layers]).toEqual(['entities']);
    expect(conll.documents.map((d) => [d.entities?.length, d.quotes])).toEqual([[1, undefined], [0, undefined]]);
    // "annotated" says so explicitly: this article was read and has no quotes.
    const own = await readGold(await gold('own.jsonl', [line({ id: 'n1', quotes: [], annotated: ['quotes'] })]));
    expect(own.documents[0]!.quotes).toEqual([]);
  });

  it('names the file and line of every bad line', async () => {
    const path = await gold('bad.jsonl', [
      line({ docId: 'ok', quotes: [] }),
      '{"docId": oops}',
      line({ text: TEXT }),
      line({ docId: 'b', entities: [{ type: 'EVENT', start: 0, end: 3 }] }),
      line({ docId: 'c', text: TEXT, entities: [{ text: 'Ana', type: 'PERSON', start: 0, end: 5 }] }),
      line({ docId: 'd', text: TEXT, quotes: [{ start: 20, end: 80 }] }),
      line({ docId: 'e', quotes: [{ start: 9, end: 3 }] }),
      line({ docId: 'ok', quotes: [] }),
    ]);
    const found = await problems(path);
    expect(found).toHaveLength(7);
    expect(found[0]).toMatch(/^2: malformed JSON/);
    expect(found[1]).toBe('3: not a gold document: needs a "docId" or "id"');
    expect(found[2]).toMatch(/^4: not a gold document: "entities.0.type": unknown entity type "EVENT"/);
    expect(found[3]).toBe('5: "entities.0": the text at 0-5 is "Mayor", not "Ana"');
    expect(found[4]).toBe('6: "quotes.0": end 80 is past the end of the text (51)');
    expect(found[5]).toMatch(/^7: not a gold document: "quotes.0": end is before start/);
    expect(found[6]).toBe('8: duplicate document id "ok"');
  });

  it('fails one line for a missing or empty file', async () => {
    await expect(problems(join(dir, 'nope.jsonl'))).resolves.toEqual(['-: no such file']);
    await expect(problems(await gold('empty.jsonl', ['']))).resolves.toEqual(['-: no gold documents in this file']);
  });
});

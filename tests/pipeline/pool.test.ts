import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/document.js';
import { readDefaultRecognizer } from '../../src/pipeline/model.js';
import { createExtractor } from '../../src/pipeline/pool.js';
import { ROOT } from '../helpers/cli.js';

const seeds = readdirSync(join(ROOT, 'corpus'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(ROOT, 'corpus', f), 'utf8'));

/** `n` documents made of the seed articles, each a little different. */
/** What one thread gives, with the shipped recognizer, as every worker reads it. */
const recognizer = readDefaultRecognizer();
const alone = (d: { id: string; text: string }) => extractDocument(d, recognizer ? { recognizer } : {});

const documents = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `doc-${i}`, text: `${seeds[i % seeds.length]!}\n\nReport ${i}.` }));

async function extractAll(workers: number, docs: ReturnType<typeof documents>) {
  const extractor = createExtractor(workers);
  try {
    const results = await Promise.all(docs.map((d) => extractor.extract(d)));
    return { results, extracted: (extractor as { extracted?: { here: number; inWorkers: number } }).extracted };
  } finally {
    await extractor.close();
  }
}

describe('the extract pool', () => {
  it('extracts a few articles in this thread, without starting workers', async () => {
    const docs = documents(5);
    const { results, extracted } = await extractAll(2, docs);
    expect(extracted).toEqual({ here: 5, inWorkers: 0 });
    expect(results).toEqual(docs.map(alone));
  });

  it('starts its workers for a larger input and gives the same extractions, in order', async () => {
    const docs = documents(60);
    const { results, extracted } = await extractAll(2, docs);
    expect(extracted!.inWorkers).toBeGreaterThan(0);
    expect(extracted!.here + extracted!.inWorkers).toBe(60);
    expect(results.map((r) => r.docId)).toEqual(docs.map((d) => d.id));
    expect(results).toEqual(docs.map(alone));
  });
});

describe('the extract pool and the recognizer', () => {
  it('uses the shipped recognizer unless told otherwise, and the rules alone when given none', async () => {
    const doc = { id: 'x', text: 'Farm minister Ola Berg visited Tromso on Monday, the Fisheries Council said.' };
    const run = async (model?: string | null) => {
      const extractor = createExtractor(1, {}, model);
      try {
        return await extractor.extract(doc);
      } finally {
        await extractor.close();
      }
    };
    const withModel = await run();
    expect(withModel).toEqual(alone(doc));
    // The rules alone miss the town the recognizer finds.
    expect(withModel.entities.map((e) => e.name)).toContain('Tromso');
    expect(await run(null)).toEqual(extractDocument(doc));
    expect(extractDocument(doc).entities.map((e) => e.name)).not.toContain('Tromso');
  });

  it('fails clearly on a model directory that is not one', () => {
    expect(() => createExtractor(1, {}, ROOT)).toThrow(/ner\.json: no such file/);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../../src/extract/nlp/index.js';
import { sweepUnavailable } from '../../../../src/extract/nlp/plugins/index.js';
import { ROOT } from '../../../helpers/cli.js';

/**
 * claimgraph's sweep of compromise's post-tagger rules must find exactly what compromise's own
 * finds, in the same order: the tags then are the same. While these tests parse, every call of
 * the sweep runs both and compares their matches (rule and pointer, in order).
 */

type BulkMatch = (document: unknown, net: unknown, methods: unknown, opts?: unknown) => { match: string; pointer: unknown[] }[];

const world = parse.world() as { methods: { one: { bulkMatch: BulkMatch } } };
const ours = world.methods.one.bulkMatch;

/** compromise's own sweep, from its source. */
async function stockSweep(): Promise<BulkMatch> {
  const source = new URL('../../src/', pathToFileURL(createRequire(import.meta.url).resolve('compromise')));
  return ((await import(new URL('1-one/sweep/methods/sweep/index.js', source).href)) as { default: BulkMatch }).default;
}

const view = (results: { match: string; pointer: unknown[] }[]) => results.map((r) => `${r.match} @ ${JSON.stringify(r.pointer)}`);

/** Parse `texts` with a sweep that runs both and records how many chunks differed. */
async function compareOn(texts: string[]): Promise<{ sweeps: number; matches: number; differences: string[] }> {
  const stock = await stockSweep();
  const seen = { sweeps: 0, matches: 0, differences: [] as string[] };
  world.methods.one.bulkMatch = (document, net, methods, opts) => {
    const theirs = stock(document, net, methods, opts);
    const mine = ours(document, net, methods, opts);
    seen.sweeps += 1;
    seen.matches += theirs.length;
    if (view(mine).join('\n') !== view(theirs).join('\n')) seen.differences.push(JSON.stringify({ stock: view(theirs), ours: view(mine) }));
    return mine;
  };
  try {
    for (const text of texts) parse(text);
  } finally {
    world.methods.one.bulkMatch = ours;
  }
  return seen;
}

const corpus = join(ROOT, 'corpus');
const articles = readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(corpus, f), 'utf8'));

// The rules' own words and the shapes they look at: names, dates, numbers, contractions, '^' and '$'.
const sentences = [
  "Mr. Smith of Acme Corp. didn't say, on Tuesday, that he'd sell 2,000 shares in Paris, Texas.",
  'Will Spring go to May in April? The Rolling Stones played on 5 June 2024 at 8pm.',
  'Is it really her fault? Wait please. Half of a dozen eggs were broken, said Dr Jane Doe Jr.',
  "It's the IRGC's third attack, the Iranian official told Al-Ahed's reporter: 'We're ready.'",
  'In eastern and southern Ethiopia, a prolonged drought has killed crops; wells ran dry.',
  // The two rules with an `ifNo`.
  'The running costs are high. That running total is wrong.',
  'Will Smith was a doctor. Mark Smith the lawyer is here. Bob Jones was an actor.',
];

describe('the sweep of compromise post-tagger rules', () => {
  it('is claimgraph’s, not compromise’s (this compromise is the one it was checked against)', async () => {
    expect(sweepUnavailable).toBeUndefined();
    expect(ours).not.toBe(await stockSweep());
  });

  it('finds what compromise finds, in order, on the seed corpus and hard sentences', async () => {
    const seen = await compareOn([...articles, ...sentences]);
    expect(seen.differences).toEqual([]);
    expect(seen.sweeps).toBeGreaterThan(5);
    expect(seen.matches).toBeGreaterThan(400);
  });

  it('finds what compromise finds on random sentences of the rules’ own words', async () => {
    const words = ['the', 'a', 'an', 'had', 'has', 'have', 'got', 'was', 'is', 'are', 'not', 'will', 'would', 'do', "don't", "it's",
      'to', 'of', 'in', 'on', 'up', 'down', 'for', 'half', 'once', 'so', 'well', 'now', 'please', 'such', 'that', 'this', 'out',
      'said', 'told', 'walked', 'walking', 'walks', 'red', 'very', 'really', 'bank', 'rose', 'profits', 'sales', 'close',
      'John', 'Smith', 'Paris', 'May', 'April', 'Spring', 'Tuesday', 'IRGC', 'Acme', 'Corp.', 'Mr.', 'Dr',
      '2,000', '5', '1990s', 'million', 'hundred', 'third', 'per', 'cent', ',', ';', ':', '.', '?'];
    const sentence = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 24 }).map((ws) => ws.join(' ').replace(/ ([,;:.?])/g, '$1'));
    const texts = fc.sample(sentence, { numRuns: 400, seed: 7 });
    const seen = await compareOn(texts);
    expect(seen.differences).toEqual([]);
    expect(seen.matches).toBeGreaterThan(200);
  });
});

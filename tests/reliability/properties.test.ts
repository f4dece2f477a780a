import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assembleSnapshot } from '../../src/extract/assemble.js';
import { extractDocument } from '../../src/extract/document.js';
import { checkSnapshot } from '../../src/snapshot/check.js';

/**
 * Property-based tests over random and mutated real text: whatever the text, extraction does not
 * throw, every span slices to its text, ids are unique and the snapshot validates.
 */

const corpusDir = new URL('../../corpus/', import.meta.url);
const seeds = readdirSync(corpusDir).map((f) => readFileSync(new URL(f, corpusDir), 'utf8'));
const paragraphs = seeds.flatMap((t) => t.split(/\n\s*\n/)).filter((p) => p.trim().length > 0);

const QUOTES = ['"', "'", '“', '”', '‘', '’', '«', '»', '‹', '›', '„', '‚', '「', '」', '『', '』', '〝', '〞', '＂', '‟', '‛'];
const NASTY = ['\r\n', '\n\n', '\u2028', '\u00a0', '\ud83d\ude00', '\ud800', '<script>alert(1)</script>', '—', ' he said', ', she told Reuters', 'According to'];

const fragment = fc.oneof(
  fc.constantFrom(...paragraphs),
  fc.constantFrom(...QUOTES),
  fc.constantFrom(...NASTY),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
const randomText = fc.array(fragment, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(' '));

/** A real paragraph with random cuts, insertions and swapped marks. */
const mutatedText = fc
  .tuple(
    fc.constantFrom(...paragraphs),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 30 }), fc.oneof(fc.constantFrom(...QUOTES), fc.constantFrom(...NASTY), fc.constant(''))), { maxLength: 8 }),
  )
  .map(([text, edits]) => {
    let t = text;
    for (const [at, cut, insert] of edits) {
      const i = at % (t.length + 1);
      t = t.slice(0, i) + insert + t.slice(i + cut);
    }
    return t;
  });

function extractAndCheck(texts: string[]): void {
  const docs = texts.map((text, i) => ({ id: `doc-${i}.txt`, text }));
  const extractions = docs.map((d) => extractDocument(d));
  const snapshot = assembleSnapshot(docs.map(({ id }) => ({ id })), extractions, new Date(0));
  const texts_ = new Map(docs.map((d) => [d.id, d.text]));
  const { problems } = checkSnapshot(JSON.parse(JSON.stringify(snapshot)), 'property', texts_);
  expect(problems).toEqual([]);
}

describe('extraction properties', () => {
  it('holds on random text', () => {
    fc.assert(fc.property(fc.array(randomText, { minLength: 1, maxLength: 3 }), extractAndCheck), { numRuns: 60 });
  });

  it('holds on mutated real text', () => {
    fc.assert(fc.property(fc.array(mutatedText, { minLength: 1, maxLength: 3 }), extractAndCheck), { numRuns: 60 });
  });

  it('holds on the seed articles together', () => {
    extractAndCheck(seeds);
  });
});

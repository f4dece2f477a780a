import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { findArticle, inArticle } from '../../src/extract/body/index.js';
import { expectPerson, expectSaid, extractChecked } from '../helpers/found.js';

/**
 * Property-based tests over random and mutated real text: whatever the text, extraction does not
 * throw, every span slices to its text, ids are unique and the snapshot validates — and a plain
 * paragraph among the noise is still read: its statement, speaker and person are found.
 */

const corpusDir = new URL('../../corpus/', import.meta.url);
const seeds = readdirSync(corpusDir).map((f) => readFileSync(new URL(f, corpusDir), 'utf8'));
// Each seed's article, as tests/fixtures/seeds-gold.jsonl marks it (`article`: its parts).
const seedArticles = readFileSync(new URL('../fixtures/seeds-gold.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as { text: string; article: { start: number; end: number }[] })
  .map((g) => g.article.map((a) => g.text.slice(a.start, a.end)).join('\n\n'));
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

/** Paragraphs a reader has no trouble with (written for this test, in the shape of news). */
const DIRECT = '“We will not back down,” Haniyeh told reporters in Gaza.';
const INDIRECT = 'Velayati told the Syrian minister that Iran would stand by Damascus.';

/**
 * Extract each text as a document between the two plain paragraphs, and check the snapshot; the
 * plain paragraphs must give their statements in every document whatever the noise. The quote
 * opens the document: after a paragraph left inside an open quote, a paragraph that opens with
 * a mark continues that quote (as news writes quotes of several paragraphs), so noise before
 * it could rightly take it in.
 */
function extractAndCheck(texts: string[]): void {
  const pages = texts.map((noise) => `${DIRECT}\n\n${noise}\n\n${INDIRECT}`);
  const snapshot = extractChecked(...pages);
  snapshot.documents.forEach((doc, i) => {
    const own = { ...snapshot, statements: snapshot.statements.filter((s) => s.docId === doc.id) };
    expectSaid(own, 'We will not back down,', 'Haniyeh', { exact: true });
    // Unless the noise ends the article (a comments heading such as "Post your comments": what
    // follows it is the readers', not the article's; issue 14).
    if (inArticle(findArticle(pages[i]!), pages[i]!.length - INDIRECT.length, pages[i]!.length)) expectSaid(own, 'Iran would stand by Damascus', 'Velayati');
  });
  // Not yet "Velayati is a person" in every document: noise such as "… in the region Velayati
  // considered …" makes the name a place in the whole document today (bad-input.test.ts has
  // the case, as it.fails, until the fix lands).
  expectPerson(snapshot, 'Haniyeh');
}

// A fixed seed, so that a run in CI is the run here; FC_SEED=<n> explores other inputs.
const SEED = Number(process.env.FC_SEED ?? 20261130);

describe('extraction properties', () => {
  it('holds on random text', () => {
    fc.assert(fc.property(fc.array(randomText, { minLength: 1, maxLength: 3 }), extractAndCheck), { numRuns: 60, seed: SEED });
  });

  it('holds on mutated real text', () => {
    fc.assert(fc.property(fc.array(mutatedText, { minLength: 1, maxLength: 3 }), extractAndCheck), { numRuns: 60, seed: SEED });
  });

  it('holds on the seed articles together', () => {
    // The articles, not the pages: seed 004 ends in a comment form, and what follows a page's
    // comments heading is not its article (issue 14), so a statement put after it is not read.
    extractAndCheck(seedArticles);
    // …and the seeds are read as well as alone: seed 001's quote to Haniyeh and its speaker.
    const snapshot = extractChecked(...seeds);
    expectSaid(snapshot, 'We are very pleased with your recent victories', 'he');
    expectPerson(snapshot, 'Ali Akbar Velayati');
  });
});

import { mix } from '../hash.js';
import { template, type FeatureSink } from './sink.js';
import { CONTEXT, type TokenTable } from './table.js';

const CONTEXT_SHAPE = template('context|shortShape0');
const CAPS_LINE_WORD = template('capsLine|lower0');
const SENTENCE_START_WORD = template('sentenceStart|lower0');
const NEWS_CASE = template('newsLowerShare|context');
const CASE_CONTEXT = CONTEXT.capitalised | CONTEXT.sentenceStart | CONTEXT.capsLine | CONTEXT.titleLine;

/**
 * Capitalisation in context: a capital means little at the start of a sentence, in a line
 * written in capitals (a headline) or in Title Case; the model learns how much it means where.
 */
export function capitalisation(t: TokenTable, i: number, out: FeatureSink): void {
  const c = t.context[i]!;
  const where = c & (CONTEXT.sentenceStart | CONTEXT.capsLine | CONTEXT.titleLine | CONTEXT.lineStart | CONTEXT.afterOpener);
  out.add(CONTEXT_SHAPE, mix(where, t.shortShape[i]!));
  if (c & CONTEXT.capsLine) out.add(CAPS_LINE_WORD, t.lower[i]!);
  if (c & CONTEXT.sentenceStart) out.add(SENTENCE_START_WORD, t.lower[i]!);
}

/**
 * How often news writes the word in lower case (five bands, or unknown), with how it is written
 * here: a capitalised word that news writes in lower case opens a sentence or a heading.
 */
export function newsCase(t: TokenTable, i: number, out: FeatureSink): void {
  const shares = t.resources.caseShare;
  if (!shares) return;
  const s = shares.get(t.doc.lower[i]!);
  const band = s === undefined ? 5 : s < 0.01 ? 0 : s < 0.1 ? 1 : s < 0.5 ? 2 : s < 0.9 ? 3 : 4;
  out.add(NEWS_CASE, mix(band, t.context[i]! & CASE_CONTEXT));
}

const DOCUMENT_CASE = template('documentCase|context');
const docCase = new WeakMap<TokenTable, { lower: Set<string>; midCapital: Set<string> }>();

/** The document's own use of its words: which it writes in lower case, which capitalised mid-sentence. */
function caseInDocument(t: TokenTable): { lower: Set<string>; midCapital: Set<string> } {
  let c = docCase.get(t);
  if (c) return c;
  c = { lower: new Set(), midCapital: new Set() };
  for (let i = 0; i < t.size; i++) {
    const bits = t.context[i]!;
    if (!(bits & CONTEXT.capitalised)) {
      if (/^\p{Ll}/u.test(t.doc.words[i]!)) c.lower.add(t.doc.lower[i]!);
    } else if (!(bits & (CONTEXT.sentenceStart | CONTEXT.capsLine | CONTEXT.titleLine | CONTEXT.afterOpener))) c.midCapital.add(t.doc.lower[i]!);
  }
  docCase.set(t, c);
  return c;
}

/**
 * For a capitalised word: whether the same document writes it in lower case elsewhere ("Legacy"
 * in a heading, "legacy" in the text) and whether it capitalises it mid-sentence (a name), with
 * where this capital stands (sentence start, a line in capitals or in Title Case).
 */
export function documentCase(t: TokenTable, i: number, out: FeatureSink): void {
  const bits = t.context[i]!;
  if (!(bits & CONTEXT.capitalised)) return;
  const c = caseInDocument(t);
  const w = t.doc.lower[i]!;
  const seen = (c.lower.has(w) ? 1 : 0) | (c.midCapital.has(w) ? 2 : 0);
  out.add(DOCUMENT_CASE, mix(seen, bits & CASE_CONTEXT));
}

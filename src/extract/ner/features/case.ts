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

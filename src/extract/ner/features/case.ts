import { mix } from '../hash.js';
import { template, type FeatureSink } from './sink.js';
import { CONTEXT, type TokenTable } from './table.js';

const CONTEXT_SHAPE = template('context|shortShape0');
const CAPS_LINE_WORD = template('capsLine|lower0');
const SENTENCE_START_WORD = template('sentenceStart|lower0');

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

import type { NerDoc } from './document.js';
import { CONTEXT_FEATURES, DOCUMENT_FEATURES } from './features/index.js';
import { buildTable } from './features/table.js';
import { decodeSpans, LABEL_COUNT, type TokenSpan } from './labels.js';
import type { NerModel, PassWeights } from './model.js';
import { addEmissions, rowsOf, type TokenRows } from './rows.js';
import { viterbi } from './viterbi.js';
import { addWordScores, WordScores } from './word-scores.js';

/** Each model's word scores, per pass, remembered across documents. */
const scoresOf = new WeakMap<NerModel, [WordScores, WordScores]>();

function wordScores(model: NerModel): [WordScores, WordScores] {
  let s = scoresOf.get(model);
  if (!s) {
    s = [new WordScores(model.index, model.pass1, model.localRows, model.resources), new WordScores(model.index, model.pass2, Infinity, model.resources)];
    scoresOf.set(model, s);
  }
  return s;
}

/** Decode every sentence of a document with one pass's weights: word scores plus context rows. */
function decode(doc: NerDoc, weights: PassWeights, words: WordScores, limit: number, parts: TokenRows[]): Uint8Array {
  const n = doc.words.length;
  const emit = new Float64Array(n * LABEL_COUNT);
  addWordScores(words, doc.words, doc.lower, doc.sentence, emit);
  for (const p of parts) addEmissions(weights.emission, limit, p, 0, n, emit);
  const labels = new Uint8Array(n);
  const starts = doc.sentenceStarts;
  for (let s = 0; s + 1 < starts.length; s++) viterbi(emit, weights.transition, starts[s]!, starts[s + 1]!, labels);
  return labels;
}

/**
 * The names in a document, as token spans with a type index (labels.ts TYPES): a first pass on
 * the tokens' own features, then a second that also reads what the first found across the whole
 * document. `hints` are what the rules said of each token (./features/rules.ts).
 */
export function recognize(model: NerModel, doc: NerDoc, hints?: readonly (readonly number[])[]): TokenSpan[] {
  const [words1, words2] = wordScores(model);
  const table = buildTable(doc, model.resources);
  if (hints) table.hints = hints;
  const context = rowsOf(table, CONTEXT_FEATURES, model.index);
  table.firstPass = decode(doc, model.pass1, words1, model.localRows, [context]);
  const documentRows = rowsOf(table, DOCUMENT_FEATURES, model.index);
  return decodeSpans(decode(doc, model.pass2, words2, Infinity, [context, documentRows]));
}

import type { NerDoc } from './document.js';
import { DOCUMENT_FEATURES, LOCAL_FEATURES } from './features/index.js';
import { buildTable } from './features/table.js';
import { decodeSpans, LABEL_COUNT, type TokenSpan } from './labels.js';
import type { NerModel, PassWeights } from './model.js';
import { addEmissions, rowsOf, type TokenRows } from './rows.js';
import { viterbi } from './viterbi.js';

/** Decode every sentence of a document with one pass's weights. */
function decode(doc: NerDoc, weights: PassWeights, limit: number, parts: TokenRows[]): Uint8Array {
  const n = doc.words.length;
  const emit = new Float64Array(n * LABEL_COUNT);
  for (const p of parts) addEmissions(weights.emission, limit, p, 0, n, emit, weights.levels);
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
  const table = buildTable(doc, model.resources);
  if (hints) table.hints = hints;
  const local = rowsOf(table, LOCAL_FEATURES, model.index);
  table.firstPass = decode(doc, model.pass1, model.localRows, [local]);
  const documentRows = rowsOf(table, DOCUMENT_FEATURES, model.index);
  const limit = model.pass2.emission.length / LABEL_COUNT;
  return decodeSpans(decode(doc, model.pass2, limit, [local, documentRows]));
}

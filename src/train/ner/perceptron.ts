import { LABEL_COUNT } from '../../extract/ner/labels.js';
import { addEmissions, type TokenRows } from '../../extract/ner/rows.js';
import { viterbi } from '../../extract/ner/viterbi.js';
import { shuffle } from './random.js';

const L = LABEL_COUNT;

/** One training sequence: tokens [from, to) of a document, with its feature rows and gold labels. */
export interface Sequence {
  tokens: TokenRows;
  gold: Uint8Array;
  from: number;
  to: number;
}

/** Learned weights: one row of LABEL_COUNT scores a feature, and label-to-label transitions. */
export interface Weights {
  emission: Float64Array;
  transition: Float64Array;
}

/**
 * An averaged structured perceptron (Collins 2002) over BILOU labels with Viterbi decoding:
 * decode each sequence with the current weights and, where it is wrong, move the weights towards
 * the gold labels. The averaged weights, which generalise much better, are what is kept.
 */
export function trainPerceptron(
  features: number,
  sequences: readonly Sequence[],
  epochs: number,
  random: () => number,
  onEpoch?: (epoch: number, errors: number, averaged: () => Weights) => void,
): Weights {
  const w = new Float64Array(features * L);
  const acc = new Float64Array(features * L);
  const t = new Float64Array(L * L);
  const tacc = new Float64Array(L * L);
  let step = 1;
  const maxLen = Math.max(1, ...sequences.map((s) => s.to));
  const emit = new Float64Array(maxLen * L);
  const pred = new Uint8Array(maxLen);
  const order = sequences.map((_, i) => i);
  const averaged = (): Weights => {
    const emission = new Float64Array(w.length);
    for (let k = 0; k < w.length; k++) emission[k] = w[k]! - acc[k]! / step;
    const transition = new Float64Array(t.length);
    for (let k = 0; k < t.length; k++) transition[k] = t[k]! - tacc[k]! / step;
    return { emission, transition };
  };
  const bump = (arr: Float64Array, sum: Float64Array, k: number, d: number) => {
    arr[k]! += d;
    sum[k]! += d * step;
  };
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffle(order, random);
    let errors = 0;
    for (const idx of order) {
      const s = sequences[idx]!;
      emit.fill(0, s.from * L, s.to * L);
      addEmissions(w, features, s.tokens, s.from, s.to, emit);
      viterbi(emit, t, s.from, s.to, pred);
      let wrong = false;
      for (let i = s.from; i < s.to; i++) {
        const g = s.gold[i]!;
        const p = pred[i]!;
        if (i > s.from) {
          const gp = s.gold[i - 1]!;
          const pp = pred[i - 1]!;
          if (gp !== pp || g !== p) {
            bump(t, tacc, gp * L + g, 1);
            bump(t, tacc, pp * L + p, -1);
          }
        }
        if (g === p) continue;
        wrong = true;
        for (let k = s.tokens.offsets[i]!; k < s.tokens.offsets[i + 1]!; k++) {
          const r = s.tokens.rows[k]!;
          if (r < 0) continue;
          bump(w, acc, r * L + g, 1);
          bump(w, acc, r * L + p, -1);
        }
      }
      if (wrong) errors++;
      step++;
    }
    onEpoch?.(epoch, errors, averaged);
  }
  return averaged();
}

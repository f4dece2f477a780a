import type { Feature } from './features/index.js';
import { FeatureSink } from './features/sink.js';
import type { TokenTable } from './features/table.js';
import { LABEL_COUNT } from './labels.js';
import type { FeatureIndex, PassWeights, SparseRows } from './model.js';

const L = LABEL_COUNT;

/** The weight rows of every token's features (CSR: token i's rows are rows[offsets[i] .. offsets[i+1])). */
export interface TokenRows {
  offsets: Int32Array;
  rows: Int32Array;
}

/** Run `features` over every token and look each feature up; features the model lacks are left out. */
export function rowsOf(table: TokenTable, features: readonly Feature[], index: FeatureIndex): TokenRows {
  const sink = new FeatureSink();
  const offsets = new Int32Array(table.size + 1);
  let rows = new Int32Array(table.size * 48 + 16);
  let at = 0;
  for (let i = 0; i < table.size; i++) {
    sink.reset();
    for (const f of features) f(table, i, sink);
    const hashes = sink.view();
    if (at + hashes.length > rows.length) {
      const bigger = new Int32Array(Math.max(rows.length * 2, at + hashes.length));
      bigger.set(rows);
      rows = bigger;
    }
    for (let k = 0; k < hashes.length; k++) {
      const r = index.get(hashes[k]!);
      if (r >= 0) rows[at++] = r;
    }
    offsets[i + 1] = at;
  }
  return { offsets, rows: rows.subarray(0, at) };
}

/**
 * Add the emission weights of tokens [from, to)'s rows to `out[i·L + label]` (out is not
 * cleared). Rows at or past `limit` have no weights in `w` and are skipped.
 */
export function addEmissions(w: PassWeights['emission'], limit: number, r: TokenRows, from: number, to: number, out: Float64Array): void {
  if ('start' in w) addSparse(w, limit, r, from, to, out);
  else addDense(w, limit, r, from, to, out);
}

function addDense(w: Float32Array | Float64Array, limit: number, r: TokenRows, from: number, to: number, out: Float64Array): void {
  const { offsets, rows } = r;
  for (let i = from; i < to; i++) {
    const o = i * L;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const row = rows[k]!;
      if (row < 0 || row >= limit) continue;
      const base = row * L;
      for (let l = 0; l < L; l++) out[o + l]! += w[base + l]!;
    }
  }
}

function addSparse(w: SparseRows, limit: number, r: TokenRows, from: number, to: number, out: Float64Array): void {
  const { offsets, rows } = r;
  const { start, label, value } = w;
  for (let i = from; i < to; i++) {
    const o = i * L;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const row = rows[k]!;
      if (row < 0 || row >= limit) continue;
      for (let j = start[row]!; j < start[row + 1]!; j++) out[o + label[j]!]! += value[j]!;
    }
  }
}

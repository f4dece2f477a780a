import type { Resources } from './features/table.js';

/**
 * Feature hash → weight row, by open addressing in two typed arrays: built once when a model
 * is loaded, then a lookup is a multiply, a mask and a compare or two.
 */
export class FeatureIndex {
  private readonly keys: Int32Array;
  private readonly rows: Int32Array;
  private readonly mask: number;

  /** Index `hashes`: row k is hashes[k]. */
  constructor(hashes: Int32Array) {
    let size = 1;
    while (size < hashes.length * 2) size <<= 1;
    this.keys = new Int32Array(size);
    this.rows = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    for (let k = 0; k < hashes.length; k++) {
      let slot = hashes[k]! & this.mask;
      while (this.rows[slot] !== -1) slot = (slot + 1) & this.mask;
      this.keys[slot] = hashes[k]!;
      this.rows[slot] = k;
    }
  }

  // Hashes are avalanched (hash.ts), so their low bits are as good as any.

  /** The row of a feature hash, or −1 when the model has no weight for it. */
  get(hash: number): number {
    let slot = hash & this.mask;
    for (;;) {
      const row = this.rows[slot]!;
      if (row === -1 || this.keys[slot] === hash) return row;
      slot = (slot + 1) & this.mask;
    }
  }
}

/**
 * A feature's emission weights kept sparse: most features move two or three of the seventeen
 * labels, so a loaded model adds only those. Row r's weights are `label[k]`/`value[k]` for k in
 * [start[r], start[r + 1]).
 */
export interface SparseRows {
  start: Int32Array;
  label: Uint8Array;
  value: Float32Array;
}

/**
 * Weights of one pass: emission scores of each feature for each label — dense rows of
 * LABEL_COUNT while training, sparse rows in a loaded model — and label-to-label transitions.
 */
export interface PassWeights {
  emission: Float32Array | Float64Array | SparseRows;
  transition: Float32Array | Float64Array;
}

/**
 * A recognizer ready to run: the feature index, the two passes' weights and the resources its
 * features read. Rows below `localRows` are the local features the first pass knows; the second
 * pass knows every row.
 */
export interface NerModel {
  index: FeatureIndex;
  localRows: number;
  pass1: PassWeights;
  pass2: PassWeights;
  resources: Resources;
}

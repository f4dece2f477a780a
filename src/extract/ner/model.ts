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
 * Weights of one pass: a row of LABEL_COUNT emission scores a feature, and transitions, in the
 * same units (a shipped model keeps emissions as 8-bit codes, see format.ts).
 */
export interface PassWeights {
  emission: Float32Array | Int8Array;
  /** For 8-bit emissions: the weight each code stands for, at index code + 128. */
  levels?: Float32Array;
  transition: Float32Array;
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

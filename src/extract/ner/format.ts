import { LABEL_COUNT } from './labels.js';
import { FeatureIndex, type NerModel, type SparseRows } from './model.js';

/**
 * The recognizer's file format, decoded from bytes already read (extract/ never reads files).
 * A model is two files: `ner.json` (this header) and `ner.bin`, the arrays below one after
 * the other, little-endian, gzip-compressed by the caller's reader:
 *
 *   hashes      Int32 × rows              feature hash of each weight row
 *   pass1       Int8  × localRows × 17    first pass emission weights, μ-law codes (see levels)
 *   pass1 trans Float32 × 17 × 17         first pass transitions
 *   pass2       Int8  × rows × 17
 *   pass2 trans Float32 × 17 × 17
 *   classes     Uint16 × words × sizes    each cluster word's class in each clustering
 *   shares      Uint8 × caseWords         how often news writes each case word in lower case, × 255
 *   words       UTF-8, "\n"-separated     the cluster words, then the case words
 */
export interface ModelHeader {
  format: 'claimgraph-ner';
  version: 1;
  labels: string[];
  rows: number;
  localRows: number;
  scales: [number, number];
  clusterWords: number;
  clusterSizes: number[];
  caseWords: number;
  /** How it was made: data, settings, scores (for the card and for people). */
  about?: Record<string, unknown>;
}

const L = LABEL_COUNT;

/** Byte length of the arrays the header announces (everything before the words). */
function arraysLength(h: ModelHeader): number {
  return h.rows * 4 + h.localRows * L + L * L * 4 + h.rows * L + L * L * 4 + h.clusterWords * h.clusterSizes.length * 2 + h.caseWords;
}

/** Problems in a header, as one line; undefined when it can be used. */
export function checkHeader(h: Partial<ModelHeader>): string | undefined {
  if (h.format !== 'claimgraph-ner') return 'not a claimgraph entity recognizer (format is not "claimgraph-ner")';
  if (h.version !== 1) return `model version ${String(h.version)}; this claimgraph reads version 1`;
  if (!Array.isArray(h.labels) || h.labels.length !== L) return `the model has ${h.labels?.length ?? 0} labels, not ${L}`;
  const ints = [h.rows, h.localRows, h.clusterWords, h.caseWords];
  if (ints.some((n) => !Number.isInteger(n) || n! < 0) || h.localRows! > h.rows!) return 'the header\'s sizes are not whole numbers in range';
  if (!Array.isArray(h.scales) || h.scales.length !== 2 || !h.scales.every((s) => typeof s === 'number' && s > 0)) return 'the header\'s weight scales are missing';
  if (!Array.isArray(h.clusterSizes)) return 'the header\'s cluster sizes are missing';
  return undefined;
}

/** μ of the μ-law by which weights are stored in 8 bits. */
export const MU = 255;

/** The weight each 8-bit code stands for (index code + 128): μ-law, largest magnitude 127·scale. */
function levels(scale: number): Float32Array {
  const top = scale * 127;
  const out = new Float32Array(256);
  for (let q = -127; q <= 127; q++) out[q + 128] = Math.sign(q) * (top / MU) * ((1 + MU) ** (Math.abs(q) / 127) - 1);
  return out;
}

/** 8-bit coded rows of LABEL_COUNT as sparse rows of weights (the codes that are not 0). */
function sparseRows(codes: Int8Array, rows: number, scale: number): SparseRows {
  const level = levels(scale);
  let nonZero = 0;
  for (const c of codes) if (c !== 0) nonZero++;
  const start = new Int32Array(rows + 1);
  const label = new Uint8Array(nonZero);
  const value = new Float32Array(nonZero);
  let at = 0;
  for (let r = 0; r < rows; r++) {
    for (let l = 0; l < L; l++) {
      const c = codes[r * L + l]!;
      if (c === 0) continue;
      label[at] = l;
      value[at++] = level[c + 128]!;
    }
    start[r + 1] = at;
  }
  return { start, label, value };
}

/** Build a ready recognizer from a header and its (decompressed) arrays. Throws on a size mismatch. */
export function decodeModel(header: ModelHeader, bytes: Uint8Array): NerModel {
  const problem = checkHeader(header);
  if (problem) throw new Error(problem);
  const need = arraysLength(header);
  if (bytes.length < need) throw new Error(`the model's data is ${bytes.length} bytes, shorter than its header says (${need})`);
  // Copy into an aligned buffer so that typed arrays can view it.
  const buf = new ArrayBuffer(bytes.length);
  new Uint8Array(buf).set(bytes);
  const view = new DataView(buf);
  let at = 0;
  const int32s = (n: number) => {
    const out = new Int32Array(n);
    for (let k = 0; k < n; k++, at += 4) out[k] = view.getInt32(at, true);
    return out;
  };
  const float32s = (n: number, divide: number) => {
    const out = new Float32Array(n);
    for (let k = 0; k < n; k++, at += 4) out[k] = view.getFloat32(at, true) / divide;
    return out;
  };
  const int8s = (n: number) => {
    const out = new Int8Array(buf, at, n);
    at += n;
    return out;
  };
  const hashes = int32s(header.rows);
  const e1 = int8s(header.localRows * L);
  const t1 = float32s(L * L, 1);
  const e2 = int8s(header.rows * L);
  const t2 = float32s(L * L, 1);
  const sizes = header.clusterSizes.length;
  const classes = new Uint16Array(header.clusterWords * sizes);
  for (let k = 0; k < classes.length; k++, at += 2) classes[k] = view.getUint16(at, true);
  const shares = new Uint8Array(buf, at, header.caseWords);
  at += header.caseWords;
  const words = new TextDecoder().decode(new Uint8Array(buf, at)).split('\n');
  if (words.length !== header.clusterWords + header.caseWords && header.clusterWords + header.caseWords > 0) {
    throw new Error(`the model lists ${words.length} words, not the ${header.clusterWords + header.caseWords} its header says`);
  }
  const clusters = new Map<string, number[]>();
  for (let w = 0; w < header.clusterWords; w++) clusters.set(words[w]!, Array.from(classes.subarray(w * sizes, (w + 1) * sizes)));
  const caseShare = new Map<string, number>();
  for (let w = 0; w < header.caseWords; w++) caseShare.set(words[header.clusterWords + w]!, shares[w]! / 255);
  return {
    index: new FeatureIndex(hashes),
    localRows: header.localRows,
    pass1: { emission: sparseRows(e1, header.localRows, header.scales[0]), transition: t1 },
    pass2: { emission: sparseRows(e2, header.rows, header.scales[1]), transition: t2 },
    resources: { ...(header.clusterWords > 0 && { clusters }), ...(header.caseWords > 0 && { caseShare }) },
  };
}

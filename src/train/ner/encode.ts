import { LABEL_COUNT, LABEL_NAMES } from '../../extract/ner/labels.js';
import { MU, type ModelHeader } from '../../extract/ner/format.js';
import type { NerModel, PassWeights } from '../../extract/ner/model.js';

const L = LABEL_COUNT;

/** Hashes of a model's rows, in row order (the index keeps them; training returns them beside). */
export interface EncodeInput {
  model: NerModel;
  hashes: Int32Array;
  /** Cluster words and each word's classes, in a stable order. */
  clusters: { words: string[]; classes: number[][]; sizes: number[] };
  /** Lower-case words and how often news writes each in lower case (0…1), in a stable order. */
  caseShare: ReadonlyMap<string, number>;
  about: Record<string, unknown>;
}

/**
 * The scale that maps weights to 8 bits: the largest magnitude after a few outliers, which are
 * clipped. One scale per pass keeps the decoder's sums comparable.
 */
function scaleOf(w: ArrayLike<number>): number {
  const mags: number[] = [];
  for (let k = 0; k < w.length; k++) if (w[k] !== 0) mags.push(Math.abs(w[k]!));
  if (mags.length === 0) return 1;
  mags.sort((a, b) => a - b);
  const top = mags[mags.length - 1]!;
  return top / 127 || 1;
}

/** μ-law companding (../../extract/ner/format.ts): small weights, which are most of them, keep their precision. */
const quantise = (x: number, scale: number) => {
  const top = scale * 127;
  const q = Math.round((127 * Math.log1p((MU * Math.min(Math.abs(x), top)) / top)) / Math.log1p(MU));
  return x < 0 ? -q : q;
};

/** A trained model's weights are dense rows; a loaded one's are not, and cannot be encoded again. */
function dense(w: PassWeights): { emission: Float32Array | Float64Array; transition: Float32Array | Float64Array } {
  if ('start' in w.emission) throw new Error('encodeModel: the weights of a trained model are needed, not of a loaded one');
  return { emission: w.emission, transition: w.transition };
}

/**
 * Encode a trained model: weights quantised to 8 bits, rows whose weights are all zero in both
 * passes dropped (the first pass's rows stay first), the cluster table appended.
 */
export function encodeModel(input: EncodeInput): { header: ModelHeader; bytes: Uint8Array } {
  const { model: trained, hashes } = input;
  const model = { localRows: trained.localRows, pass1: dense(trained.pass1), pass2: dense(trained.pass2) };
  const s1 = scaleOf(model.pass1.emission);
  const s2 = scaleOf(model.pass2.emission);
  const rows = hashes.length;
  const keep: number[] = [];
  let localKept = 0;
  for (let r = 0; r < rows; r++) {
    let any = false;
    for (let l = 0; l < L && !any; l++) {
      if (r < model.localRows && quantise(model.pass1.emission[r * L + l]!, s1) !== 0) any = true;
      if (quantise(model.pass2.emission[r * L + l]!, s2) !== 0) any = true;
    }
    if (!any) continue;
    keep.push(r);
    if (r < model.localRows) localKept++;
  }
  const { words, classes, sizes } = input.clusters;
  const caseWords = [...input.caseShare.keys()];
  const wordBytes = new TextEncoder().encode([...words, ...caseWords].join('\n'));
  const size = keep.length * 4 + localKept * L + L * L * 4 + keep.length * L + L * L * 4 + words.length * sizes.length * 2 + caseWords.length + wordBytes.length;
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  let at = 0;
  for (const r of keep) {
    view.setInt32(at, hashes[r]!, true);
    at += 4;
  }
  const pass = (w: ArrayLike<number>, t: ArrayLike<number>, scale: number, rowsOut: number[]) => {
    for (const r of rowsOut) for (let l = 0; l < L; l++) view.setInt8(at++, quantise(w[r * L + l]!, scale));
    for (let k = 0; k < L * L; k++, at += 4) view.setFloat32(at, t[k]!, true);
  };
  pass(model.pass1.emission, model.pass1.transition, s1, keep.slice(0, localKept));
  pass(model.pass2.emission, model.pass2.transition, s2, keep);
  for (const c of classes) for (const k of c) {
    view.setUint16(at, k, true);
    at += 2;
  }
  for (const w of caseWords) view.setUint8(at++, Math.round(input.caseShare.get(w)! * 255));
  bytes.set(wordBytes, at);
  const header: ModelHeader = {
    format: 'claimgraph-ner',
    version: 1,
    labels: [...LABEL_NAMES],
    rows: keep.length,
    localRows: localKept,
    scales: [s1, s2],
    clusterWords: words.length,
    clusterSizes: sizes,
    caseWords: caseWords.length,
    about: input.about,
  };
  return { header, bytes };
}

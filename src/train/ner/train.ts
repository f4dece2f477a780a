import { CONTEXT_FEATURES, DOCUMENT_FEATURES } from '../../extract/ner/features/index.js';
import { buildTable, type Resources, type TokenTable } from '../../extract/ner/features/table.js';
import type { NerDoc } from '../../extract/ner/document.js';
import { decodeSpans, LABEL_COUNT } from '../../extract/ner/labels.js';
import { FeatureIndex, type NerModel, type PassWeights } from '../../extract/ner/model.js';
import { addEmissions, type TokenRows } from '../../extract/ner/rows.js';
import { viterbi } from '../../extract/ner/viterbi.js';
import type { LabelledDoc } from './corpus.js';
import { buildDictionary, featurize, toRows, type DocFeatures } from './featurize.js';
import { trainPerceptron, type Sequence, type Weights } from './perceptron.js';
import { seededRandom, shuffle } from './random.js';
import { formatScores, scoreSpans } from './score.js';

/** How to train. Same documents and settings, same model. */
export interface TrainSettings {
  /** Passes over the training data, for each perceptron. */
  epochs: number;
  /** Folds for the first pass's held-out labels, which the second pass learns from. */
  folds: number;
  /** Features seen fewer times in training are dropped. */
  minCount: number;
  seed: number;
  /**
   * Perceptrons trained on differently shuffled data and averaged, for each pass: one run's
   * weights depend on the order it met the sentences in, and borderline names flip with it.
   */
  runs: number;
}

export const DEFAULT_SETTINGS: TrainSettings = { epochs: 6, folds: 5, minCount: 1, seed: 1, runs: 3 };

/** Train `runs` perceptrons one after another (each shuffles anew) and average their weights. */
function trainAveraged(runs: number, features: number, sequences: readonly Sequence[], epochs: number, random: () => number, onEpoch?: Parameters<typeof trainPerceptron>[4]): Weights {
  const all = Array.from({ length: runs }, (_, k) => trainPerceptron(features, sequences, epochs, random, k === runs - 1 ? onEpoch : undefined));
  if (runs === 1) return all[0]!;
  const mean = (pick: (w: Weights) => Float64Array) => {
    const out = new Float64Array(pick(all[0]!).length);
    for (const w of all) {
      const a = pick(w);
      for (let i = 0; i < out.length; i++) out[i]! += a[i]! / runs;
    }
    return out;
  };
  return { emission: mean((w) => w.emission), transition: mean((w) => w.transition) };
}

const L = LABEL_COUNT;

/** What training is given besides the documents. */
export interface TrainOptions {
  log: (line: string) => void;
  /** What the rules say of each token of a document (the rules' features); none when absent. */
  hintsOf?: (doc: NerDoc) => readonly (readonly number[])[];
  /** Documents to score after each epoch of the second pass (never trained on). */
  dev?: readonly LabelledDoc[];
}

/** The sentences of documents `which`, each as often as its document's weight. */
function sequencesOf(docs: readonly LabelledDoc[], rows: readonly TokenRows[], which: readonly number[]): Sequence[] {
  return which.flatMap((d) => {
    const starts = docs[d]!.doc.sentenceStarts;
    const once = starts.slice(0, -1).map((from, s) => ({ tokens: rows[d]!, gold: docs[d]!.labels, from, to: starts[s + 1]! }));
    return Array.from({ length: docs[d]!.weight ?? 1 }, () => once).flat();
  });
}

/** Label a document with one pass's weights (rows past `limit` unknown to it). */
export function labelWith(w: Weights | PassWeights, limit: number, doc: LabelledDoc['doc'], rows: readonly TokenRows[]): Uint8Array {
  const n = doc.words.length;
  const emit = new Float64Array(n * L);
  for (const r of rows) addEmissions(w.emission, limit, r, 0, n, emit);
  const out = new Uint8Array(n);
  const s = doc.sentenceStarts;
  for (let k = 0; k + 1 < s.length; k++) viterbi(emit, w.transition, s[k]!, s[k + 1]!, out);
  return out;
}

/** Two CSR row sets of the same tokens as one. */
function joinRows(a: TokenRows, b: TokenRows): TokenRows {
  const n = a.offsets.length - 1;
  const offsets = new Int32Array(n + 1);
  const rows = new Int32Array(a.rows.length + b.rows.length);
  let at = 0;
  for (let i = 0; i < n; i++) {
    for (let k = a.offsets[i]!; k < a.offsets[i + 1]!; k++) rows[at++] = a.rows[k]!;
    for (let k = b.offsets[i]!; k < b.offsets[i + 1]!; k++) rows[at++] = b.rows[k]!;
    offsets[i + 1] = at;
  }
  return { offsets, rows };
}

const rowsFrom = (f: DocFeatures, dictionary: Map<number, number>): TokenRows => ({ offsets: f.offsets, rows: toRows(f, dictionary) });
const float32 = (w: Weights): PassWeights => ({ emission: Float32Array.from(w.emission), transition: Float32Array.from(w.transition) });

/**
 * Train the two-pass recognizer. The first pass learns from the tokens' own features. The
 * second also reads the first pass's labels across the document; so that it learns how far to
 * trust them, it trains on labels the first pass gave to documents it did not see (k-fold).
 */
export function trainRecognizer(docs: readonly LabelledDoc[], resources: Resources, settings: TrainSettings, options: TrainOptions): { model: NerModel; hashes: Int32Array } {
  const { log, hintsOf } = options;
  const tableOf = (d: LabelledDoc) => {
    const t = buildTable(d.doc, resources);
    if (hintsOf) t.hints = hintsOf(d.doc);
    return t;
  };
  const tables: TokenTable[] = docs.map(tableOf);
  const dev = options.dev?.map((d) => ({ d, t: tableOf(d) }));
  const localFeatures = tables.map((t) => featurize(t, CONTEXT_FEATURES, true));
  const local = buildDictionary(localFeatures, settings.minCount);
  const localRows = localFeatures.map((f) => rowsFrom(f, local));
  log(`${docs.length} documents, ${local.size.toLocaleString('en')} local features`);
  const all = docs.map((_, i) => i);
  const random = seededRandom(settings.seed);
  const folds = shuffle([...all], random).map((d, k) => [d, k % settings.folds] as const);
  const heldOut: Uint8Array[] = [];
  for (let f = 0; f < settings.folds; f++) {
    const inFold = folds.filter(([, k]) => k === f).map(([d]) => d);
    const rest = folds.filter(([, k]) => k !== f).map(([d]) => d).sort((a, b) => a - b);
    const w = trainPerceptron(local.size, sequencesOf(docs, localRows, rest), settings.epochs, random);
    for (const d of inFold) heldOut[d] = labelWith(w, local.size, docs[d]!.doc, [localRows[d]!]);
    log(`first pass, fold ${f + 1} of ${settings.folds}`);
  }
  const pass1 = trainAveraged(settings.runs, local.size, sequencesOf(docs, localRows, all), settings.epochs, random, (e, errors) => log(`first pass, epoch ${e}: ${errors} sentences wrong`));
  tables.forEach((t, d) => (t.firstPass = heldOut[d]));
  const devLocal = dev?.map(({ t }) => rowsFrom(featurize(t, CONTEXT_FEATURES, true), local));
  dev?.forEach(({ d, t }, k) => (t.firstPass = labelWith(pass1, local.size, d.doc, [devLocal![k]!])));
  if (dev) log(`dev, first pass: ${formatScores(scoreSpans(dev.map(({ d }) => d.spans), dev.map(({ t }) => decodeSpans(t.firstPass!))))}`);
  const documentFeatures = tables.map((t) => featurize(t, DOCUMENT_FEATURES));
  const extra = buildDictionary(documentFeatures, settings.minCount);
  for (const [h, r] of extra) extra.set(h, r + local.size);
  const rows = localRows.map((r, d) => joinRows(r, rowsFrom(documentFeatures[d]!, extra)));
  const total = local.size + extra.size;
  const devRows = dev?.map(({ t }, k) => joinRows(devLocal![k]!, rowsFrom(featurize(t, DOCUMENT_FEATURES), extra)));
  const pass2 = trainAveraged(settings.runs, total, sequencesOf(docs, rows, all), settings.epochs, random, (e, errors, averaged) => {
    let line = `second pass, epoch ${e}: ${errors} sentences wrong`;
    if (dev) {
      const w = averaged();
      const predicted = dev.map(({ d }, k) => decodeSpans(labelWith(w, total, d.doc, [devRows![k]!])));
      line += `; dev ${formatScores(scoreSpans(dev.map(({ d }) => d.spans), predicted))}`;
    }
    log(line);
  });
  const hashes = new Int32Array(total);
  for (const [h, r] of local) hashes[r] = h;
  for (const [h, r] of extra) hashes[r] = h;
  const model: NerModel = {
    index: new FeatureIndex(hashes),
    localRows: local.size,
    pass1: { emission: Float32Array.from(pass1.emission.subarray(0, local.size * L)), transition: Float32Array.from(pass1.transition) },
    pass2: float32(pass2),
    resources,
  };
  return { model, hashes };
}

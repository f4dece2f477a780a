import { WORD_FEATURES } from './features/index.js';
import { FeatureSink } from './features/sink.js';
import type { Resources } from './features/table.js';
import { OFFSETS, viewOf, type WordView } from './features/word.js';
import { LABEL_COUNT } from './labels.js';
import type { FeatureIndex, PassWeights } from './model.js';

const L = LABEL_COUNT;
/** Word forms remembered before a cache starts again (a few MB; news repeats its words). */
const CACHE_SIZE = 60_000;

const sink = new FeatureSink();

/** The hashed word features of a word (or of no word: null) at each offset −2…2, in OFFSETS order. */
export function wordFeatureHashes(w: WordView | null, resources: Resources): Int32Array[] {
  return OFFSETS.map((d) => {
    sink.reset();
    for (const f of WORD_FEATURES) f(w, d, resources, sink);
    return sink.view().slice();
  });
}

/**
 * The summed word-feature weights of one pass for each word form at each offset: one vector of
 * LABEL_COUNT scores per offset, computed the first time the form is met. A token's word features
 * then cost five vector additions instead of some forty look-ups.
 */
export class WordScores {
  private readonly cache = new Map<string, Float32Array>();
  private readonly edge: Float32Array;

  constructor(
    private readonly index: FeatureIndex,
    private readonly weights: PassWeights,
    private readonly limit: number,
    private readonly resources: Resources,
  ) {
    this.edge = this.compute(null);
  }

  /** The scores of `text` (lower case `lower`) at every offset: offset k of OFFSETS at [k·L, k·L + L). */
  of(text: string, lower: string): Float32Array {
    let v = this.cache.get(text);
    if (v === undefined) {
      if (this.cache.size >= CACHE_SIZE) this.cache.clear();
      v = this.compute(viewOf(text, lower));
      this.cache.set(text, v);
    }
    return v;
  }

  /** The scores of no word (before a sentence's start, after its end). */
  none(): Float32Array {
    return this.edge;
  }

  private compute(w: WordView | null): Float32Array {
    const out = new Float32Array(OFFSETS.length * L);
    const e = this.weights.emission;
    wordFeatureHashes(w, this.resources).forEach((hashes, k) => {
      for (const h of hashes) {
        const row = this.index.get(h);
        if (row < 0 || row >= this.limit) continue;
        if ('start' in e) {
          for (let j = e.start[row]!; j < e.start[row + 1]!; j++) out[k * L + e.label[j]!]! += e.value[j]!;
        } else for (let l = 0; l < L; l++) out[k * L + l]! += e[row * L + l]!;
      }
    });
    return out;
  }
}

/** Add every token's word scores (its own word and its neighbours', within the sentence) to `emit`. */
export function addWordScores(scores: WordScores, words: readonly string[], lower: readonly string[], sentence: Int32Array, emit: Float64Array): void {
  const n = words.length;
  const own = words.map((w, i) => scores.of(w, lower[i]!));
  const none = scores.none();
  for (let i = 0; i < n; i++) {
    const o = i * L;
    for (let k = 0; k < OFFSETS.length; k++) {
      const j = i + OFFSETS[k]!;
      const v = j >= 0 && j < n && sentence[j] === sentence[i] ? own[j]! : none;
      const base = k * L;
      for (let l = 0; l < L; l++) emit[o + l]! += v[base + l]!;
    }
  }
}

import type { Feature } from '../../extract/ner/features/index.js';
import { FeatureSink } from '../../extract/ner/features/sink.js';
import type { Resources, TokenTable } from '../../extract/ner/features/table.js';
import { OFFSETS, viewOf } from '../../extract/ner/features/word.js';
import { wordFeatureHashes } from '../../extract/ner/word-scores.js';

/** The hashed features of every token of a document, row by row (CSR). */
export interface DocFeatures {
  /** Token i's features are hashes[offsets[i] .. offsets[i + 1]). */
  offsets: Int32Array;
  hashes: Int32Array;
}

/** Word feature hashes per word form, shared by all documents of a training run. */
const wordCache = new WeakMap<Resources, Map<string, Int32Array[]>>();

function wordHashes(table: TokenTable, i: number): Int32Array[] {
  let cache = wordCache.get(table.resources);
  if (!cache) wordCache.set(table.resources, (cache = new Map()));
  const text = i < 0 ? '' : table.doc.words[i]!;
  let h = cache.get(text);
  if (!h) cache.set(text, (h = wordFeatureHashes(i < 0 ? null : viewOf(text, table.doc.lower[i]!), table.resources)));
  return h;
}

/**
 * Run `features` over every token of a prepared table; with `words`, each token's word
 * features too (its own word and its neighbours' within the sentence), as the recognizer sums them.
 */
export function featurize(table: TokenTable, features: readonly Feature[], words = false): DocFeatures {
  const sink = new FeatureSink();
  const offsets = new Int32Array(table.size + 1);
  const parts: Int32Array[] = [];
  let total = 0;
  const s = table.doc.sentence;
  for (let i = 0; i < table.size; i++) {
    sink.reset();
    for (const f of features) f(table, i, sink);
    const context = sink.view().slice();
    const part: Int32Array[] = [context];
    if (words) {
      OFFSETS.forEach((d, k) => {
        const j = i + d;
        part.push(wordHashes(table, j >= 0 && j < table.size && s[j] === s[i] ? j : -1)[k]!);
      });
    }
    const all = part.length === 1 ? context : Int32Array.from(part.flatMap((p) => [...p]));
    parts.push(all);
    total += all.length;
    offsets[i + 1] = total;
  }
  const hashes = new Int32Array(total);
  let at = 0;
  for (const p of parts) {
    hashes.set(p, at);
    at += p.length;
  }
  return { offsets, hashes };
}

/**
 * The feature dictionary: every hash seen at least `minCount` times in training, in ascending
 * hash order (so the same data always gives the same rows). Rarer features are dropped: they
 * cost memory and teach little.
 */
export function buildDictionary(docs: readonly DocFeatures[], minCount: number): Map<number, number> {
  const counts = new Map<number, number>();
  for (const d of docs) for (const h of d.hashes) counts.set(h, (counts.get(h) ?? 0) + 1);
  const kept = [...counts].filter(([, c]) => c >= minCount).map(([h]) => h).sort((a, b) => a - b);
  return new Map(kept.map((h, i) => [h, i]));
}

/** Feature rows of a document through a dictionary; unknown features become −1. */
export function toRows(d: DocFeatures, dictionary: Map<number, number>): Int32Array {
  const rows = new Int32Array(d.hashes.length);
  for (let k = 0; k < rows.length; k++) rows[k] = dictionary.get(d.hashes[k]!) ?? -1;
  return rows;
}

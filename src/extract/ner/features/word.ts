import { hashString } from '../hash.js';
import type { FeatureSink } from './sink.js';
import type { Resources } from './table.js';
import { shapeOf, shortShapeOf } from './table.js';

/** How far from the token a word feature looks: −2 … +2. */
export type Offset = -2 | -1 | 0 | 1 | 2;
export const OFFSETS: readonly Offset[] = [-2, -1, 0, 1, 2];

/** What word features read of a word: its forms, hashed once. */
export interface WordView {
  text: string;
  lower: string;
  wordHash: number;
  lowerHash: number;
  shapeHash: number;
  shortShapeHash: number;
  /** Look-ups that word features make at several offsets, remembered on the view by the feature that makes them. */
  memo: Map<string, readonly number[] | undefined>;
}

/** The view of a word (see WordView). */
export function viewOf(text: string, lower: string): WordView {
  const shape = shapeOf(text);
  return { text, lower, wordHash: hashString(text), lowerHash: hashString(lower), shapeHash: hashString(shape), shortShapeHash: hashString(shortShapeOf(shape)), memo: new Map() };
}

/**
 * A feature of one word seen `d` tokens from the token being labelled (0: the token itself);
 * `w` is null where the sentence has no word there. Such a feature depends on nothing but the
 * word, so the recognizer computes its weights once per word form and offset, not per token.
 */
export type WordFeature = (w: WordView | null, d: Offset, resources: Resources, out: FeatureSink) => void;

/** Precision, recall and F1 with the counts they come from. */
export interface Scores {
  /** Predictions that match gold. */
  tp: number;
  /** Predictions that match nothing (false alarms). */
  fp: number;
  /** Gold items nothing matched (misses). */
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Scores from counts. Empty cases are defined, never NaN: with no predictions precision is 1
 * (no false alarm was made); with no gold recall is 1 (nothing was missed); F1 is 0 when both
 * precision and recall are 0. So no gold and no predictions scores 1/1/1, predictions without
 * gold 0/1/0, gold without predictions 1/0/0.
 */
export function scores(tp: number, fp: number, fn: number): Scores {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Sum counts and score the sum (micro-average). */
export function sumScores(parts: readonly Scores[]): Scores {
  return scores(
    parts.reduce((s, p) => s + p.tp, 0),
    parts.reduce((s, p) => s + p.fp, 0),
    parts.reduce((s, p) => s + p.fn, 0),
  );
}

/** A share `correct / total` with its counts; `accuracy` is null when there is nothing to judge. */
export interface Accuracy {
  correct: number;
  total: number;
  accuracy: number | null;
}

/** An accuracy from counts; null (shown as "—") when total is 0, never NaN. */
export function accuracy(correct: number, total: number): Accuracy {
  return { correct, total, accuracy: total === 0 ? null : correct / total };
}

import { describe, expect, it } from 'vitest';
import { accuracy, scores, sumScores } from '../../src/eval/metrics.js';

describe('scores', () => {
  const cases: [string, [number, number, number], [number, number, number]][] = [
    ['3 right, 1 false alarm, 2 misses', [3, 1, 2], [0.75, 0.6, 2 / 3]],
    ['all right', [4, 0, 0], [1, 1, 1]],
    ['no gold, no predictions', [0, 0, 0], [1, 1, 1]],
    ['predictions, no gold', [0, 5, 0], [0, 1, 0]],
    ['gold, no predictions', [0, 0, 5], [1, 0, 0]],
    ['everything wrong', [0, 2, 3], [0, 0, 0]],
  ];
  it.each(cases)('%s', (_, [tp, fp, fn], [p, r, f]) => {
    const s = scores(tp, fp, fn);
    expect([s.precision, s.recall, s.f1].map((x) => Number.isNaN(x))).toEqual([false, false, false]);
    expect(s.precision).toBeCloseTo(p, 10);
    expect(s.recall).toBeCloseTo(r, 10);
    expect(s.f1).toBeCloseTo(f, 10);
  });

  it('micro-averages by summing counts, not averaging scores', () => {
    // 1/1 right and 0/3 right: micro precision 1/4, not (1 + 0) / 2.
    const s = sumScores([scores(1, 0, 0), scores(0, 3, 3)]);
    expect(s).toMatchObject({ tp: 1, fp: 3, fn: 3, precision: 0.25, recall: 0.25 });
  });

  it('accuracy over nothing is null, not NaN', () => {
    expect(accuracy(0, 0)).toEqual({ correct: 0, total: 0, accuracy: null });
    expect(accuracy(3, 4).accuracy).toBe(0.75);
  });
});

import { describe, expect, it } from 'vitest';
import { maximumMatching } from '../../src/eval/match.js';

describe('maximumMatching', () => {
  it('finds as many pairs as possible where greedy-by-score would find fewer', () => {
    // p0 is closest to g0 but can also take g1; p1 can only take g0. Greedy pairs p0–g0 and
    // leaves p1 alone; the maximum matching pairs p0–g1 and p1–g0.
    const m = maximumMatching(2, 2, [
      { p: 0, g: 0, score: 0.9 },
      { p: 0, g: 1, score: 0.6 },
      { p: 1, g: 0, score: 0.7 },
    ]);
    expect(m).toEqual([1, 0]);
  });

  it('is one-to-one: two predictions for one gold item give one pair, the closer one', () => {
    expect(maximumMatching(2, 1, [
      { p: 0, g: 0, score: 0.6 },
      { p: 1, g: 0, score: 1 },
    ])).toEqual([-1, 0]);
  });

  it('handles nothing to match', () => {
    expect(maximumMatching(0, 3, [])).toEqual([]);
    expect(maximumMatching(2, 0, [])).toEqual([-1, -1]);
  });
});

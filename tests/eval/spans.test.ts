import { describe, expect, it } from 'vitest';
import { overlapRatio, spansMatch } from '../../src/eval/spans.js';

// Hand-computed: common characters / length of the shorter of the two.
describe('overlapRatio and the half-the-shorter-span rule', () => {
  const cases: [string, { start: number; end: number }, { start: number; end: number }[], number, boolean][] = [
    ['identical', { start: 10, end: 20 }, [{ start: 10, end: 20 }], 1, true],
    ['prediction inside gold', { start: 12, end: 14 }, [{ start: 10, end: 40 }], 1, true],
    ['gold inside prediction', { start: 0, end: 100 }, [{ start: 10, end: 20 }], 1, true],
    ['exactly half of the shorter', { start: 0, end: 10 }, [{ start: 5, end: 25 }], 0.5, true],
    ['just under half', { start: 0, end: 10 }, [{ start: 6, end: 25 }], 0.4, false],
    ['touching ends (end exclusive)', { start: 0, end: 10 }, [{ start: 10, end: 20 }], 0, false],
    ['disjoint', { start: 0, end: 5 }, [{ start: 50, end: 60 }], 0, false],
    ['empty prediction', { start: 7, end: 7 }, [{ start: 0, end: 20 }], 0, false],
    // Two pieces of 10 and 10 (total 20): prediction covers the first piece only → 10/10.
    ['one piece of a split quote', { start: 0, end: 10 }, [{ start: 0, end: 10 }, { start: 30, end: 40 }], 1, true],
    // Prediction spans the gap too (0-40, 40 long) vs pieces of total 20: common 20 / 20.
    ['prediction across the gap', { start: 0, end: 40 }, [{ start: 0, end: 10 }, { start: 30, end: 40 }], 1, true],
    // 5 of piece 1 and 5 of piece 2 over a 30-long prediction vs 20 of gold: 10/20.
    ['a little of each piece', { start: 5, end: 35 }, [{ start: 0, end: 10 }, { start: 30, end: 40 }], 0.5, true],
  ];
  it.each(cases)('%s', (_, a, b, ratio, match) => {
    expect(overlapRatio(a, b)).toBeCloseTo(ratio, 10);
    expect(spansMatch(a, b)).toBe(match);
  });
});

import fc from 'fast-check';
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

/** The largest matching by trying everything (fine for a handful of items). */
function bruteForceSize(predCount: number, goldCount: number, edges: Set<string>): number {
  const best = (p: number, used: Set<number>): number => {
    if (p === predCount) return 0;
    let top = best(p + 1, used);
    for (let g = 0; g < goldCount; g++) {
      if (used.has(g) || !edges.has(`${p}:${g}`)) continue;
      used.add(g);
      top = Math.max(top, 1 + best(p + 1, used));
      used.delete(g);
    }
    return top;
  };
  return best(0, new Set());
}

describe('maximumMatching against brute force', () => {
  it('always finds a largest one-to-one matching, using only candidate pairs', () => {
    const graph = fc
      .record({ preds: fc.integer({ min: 0, max: 6 }), golds: fc.integer({ min: 0, max: 6 }) })
      .chain(({ preds, golds }) =>
        fc.record({
          preds: fc.constant(preds),
          golds: fc.constant(golds),
          edges: fc.uniqueArray(fc.record({ p: fc.nat(Math.max(0, preds - 1)), g: fc.nat(Math.max(0, golds - 1)), score: fc.double({ min: 0.5, max: 1, noNaN: true }) }), {
            selector: (e) => `${e.p}:${e.g}`,
            maxLength: preds && golds ? preds * golds : 0,
          }),
        }),
      );
    fc.assert(
      fc.property(graph, ({ preds, golds, edges }) => {
        const m = maximumMatching(preds, golds, edges);
        const allowed = new Set(edges.map((e) => `${e.p}:${e.g}`));
        const pairs = m.flatMap((g, p) => (g >= 0 ? [[p, g] as const] : []));
        expect(pairs.every(([p, g]) => allowed.has(`${p}:${g}`))).toBe(true);
        expect(new Set(pairs.map(([, g]) => g)).size).toBe(pairs.length);
        expect(pairs.length).toBe(bruteForceSize(preds, golds, allowed));
      }),
      { numRuns: 300 },
    );
  });
});

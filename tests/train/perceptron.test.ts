import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/seeded.js';
import { argmax, trainRanker, type RankingInstance } from '../../src/train/source/perceptron.js';

// Three candidates a choice: the right one is always the one with feature "good".
const DATA: RankingInstance[] = Array.from({ length: 30 }, (_, i) => ({
  candidates: [['bias', i % 2 ? 'noise=a' : 'noise=b'], ['bias', 'good'], ['bias', 'far']],
  gold: [false, true, false],
}));

describe('the ranking perceptron', () => {
  it('learns to rank the right candidate first', () => {
    const w = trainRanker(DATA, 5, 7);
    expect(DATA.every((d) => d.gold[argmax(w, d.candidates)])).toBe(true);
    expect(w.get('good')).toBeGreaterThan(0);
  });

  it('gives the same weights for the same data and seed', () => {
    expect([...trainRanker(DATA, 5, 7)]).toEqual([...trainRanker(DATA, 5, 7)]);
    expect(seededRandom(3)()).toBe(seededRandom(3)());
    expect(seededRandom(3)()).not.toBe(seededRandom(4)());
  });
});

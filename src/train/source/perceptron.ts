import { seededRandom } from '../../seeded.js';

/** One choice to learn: the feature strings of each candidate, and which candidates are right. */
export interface RankingInstance {
  candidates: string[][];
  gold: boolean[];
}

const score = (w: ReadonlyMap<string, number>, fs: readonly string[]) => fs.reduce((s, f) => s + (w.get(f) ?? 0), 0);

/** The index of the best-scored candidate (the first on a tie). */
export function argmax(w: ReadonlyMap<string, number>, candidates: readonly string[][]): number {
  let best = 0;
  let bestScore = -Infinity;
  candidates.forEach((fs, i) => {
    const s = score(w, fs);
    if (s > bestScore) [best, bestScore] = [i, s];
  });
  return best;
}

/**
 * Train a ranking perceptron, averaged (Collins 2002): for each instance, when the top-scored
 * candidate is wrong, move the weights towards the best-scored right candidate and away from it.
 * Instances are visited in a seeded shuffled order each epoch, so training is reproducible.
 */
export function trainRanker(data: readonly RankingInstance[], epochs: number, seed: number): Map<string, number> {
  const w = new Map<string, number>();
  const total = new Map<string, number>(); // sum of weights over time, kept lazily
  const stamp = new Map<string, number>();
  let t = 0;
  const bump = (f: string, by: number) => {
    const cur = w.get(f) ?? 0;
    total.set(f, (total.get(f) ?? 0) + cur * (t - (stamp.get(f) ?? 0)));
    stamp.set(f, t);
    w.set(f, cur + by);
  };
  const random = seededRandom(seed);
  const order = data.map((_, i) => i);
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      t++;
      const inst = data[i]!;
      const guess = argmax(w, inst.candidates);
      if (inst.gold[guess]) continue;
      let right = -1;
      let rightScore = -Infinity;
      inst.candidates.forEach((fs, k) => {
        if (!inst.gold[k]) return;
        const s = score(w, fs);
        if (s > rightScore) [right, rightScore] = [k, s];
      });
      for (const f of inst.candidates[right]!) bump(f, 1);
      for (const f of inst.candidates[guess]!) bump(f, -1);
    }
  }
  const averaged = new Map<string, number>();
  for (const [f, cur] of [...w].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const sum = (total.get(f) ?? 0) + cur * (t - (stamp.get(f) ?? 0));
    const v = Math.round((sum / t) * 1e4) / 1e4;
    if (v !== 0) averaged.set(f, v);
  }
  return averaged;
}

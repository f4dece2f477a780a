/** A possible pair of prediction `p` and gold `g`, with how good the pair is (higher is better). */
export interface Candidate {
  p: number;
  g: number;
  score: number;
}

/**
 * Maximum one-to-one matching of predictions to gold items (Kuhn's augmenting paths): as many
 * pairs as possible, each prediction and each gold item in at most one. Each prediction tries
 * its candidates best score first, so where there is a choice the closer pair wins.
 * Returns `gold index` for each prediction, or -1 where it is unmatched.
 * Sizes here are the statements of one document (tens), so O(V·E) is nothing.
 */
export function maximumMatching(predCount: number, goldCount: number, candidates: readonly Candidate[]): number[] {
  const options: number[][] = Array.from({ length: predCount }, () => []);
  const sorted = [...candidates].sort((a, b) => b.score - a.score || a.p - b.p || a.g - b.g);
  for (const c of sorted) options[c.p]!.push(c.g);
  const goldOwner = new Array<number>(goldCount).fill(-1);
  const predGold = new Array<number>(predCount).fill(-1);

  const augment = (p: number, visited: boolean[]): boolean => {
    for (const g of options[p]!) {
      if (visited[g]) continue;
      visited[g] = true;
      const owner = goldOwner[g]!;
      if (owner === -1 || augment(owner, visited)) {
        goldOwner[g] = p;
        predGold[p] = g;
        return true;
      }
    }
    return false;
  };
  // Predictions with the best single candidate go first, so they get first choice.
  const best = new Array<number>(predCount).fill(0);
  for (const c of candidates) best[c.p] = Math.max(best[c.p]!, c.score);
  const order = [...best.keys()].sort((a, b) => best[b]! - best[a]! || a - b);
  for (const p of order) augment(p, new Array<boolean>(goldCount).fill(false));
  return predGold;
}

import { bandKeys, signature } from './minhash.js';
import { contentWords, jaccard, shingles } from './shingles.js';

/** What near-duplicate grouping needs of a statement. */
export interface ClaimCandidate {
  /** Who said it: statements group only within one speaker. Null: never grouped. */
  speakerKey: string | null;
  content: string;
}

/** Contents this similar (Jaccard of word shingles) are the same claim; checked exactly on every candidate pair. */
export const SAME_CLAIM = 0.6;
/** Contents shorter than this many words are not grouped: "We will win" is said by many about many things. */
export const MIN_CLAIM_WORDS = 6;

/** Union-find over indexes, with path halving. */
function unionFind(n: number) {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  return { find, union };
}

/**
 * Groups of statements (indexes into `items`, each group in input order, groups by their first
 * member) with the same speaker and near-identical content. Candidates come from LSH buckets of
 * MinHash signatures keyed by speaker, so the work is linear in the number of statements; each
 * candidate is confirmed by the exact Jaccard similarity of its shingles. Singletons are left out.
 */
export function nearDuplicateGroups(items: readonly ClaimCandidate[]): number[][] {
  const sets: (Set<number> | null)[] = items.map((it) => {
    const words = contentWords(it.content);
    return it.speakerKey !== null && words.length >= MIN_CLAIM_WORDS ? shingles(words) : null;
  });
  const buckets = new Map<string, number[]>();
  sets.forEach((set, i) => {
    if (!set) return;
    for (const key of bandKeys(signature(set))) {
      const k = `${items[i]!.speakerKey}\u0000${key}`;
      const list = buckets.get(k);
      if (list) list.push(i);
      else buckets.set(k, [i]);
    }
  });
  const uf = unionFind(items.length);
  for (const members of buckets.values()) {
    // compare each member with one representative of each group already in the bucket
    const reps: number[] = [members[0]!];
    for (const i of members.slice(1)) {
      const same = reps.find((r) => uf.find(r) === uf.find(i) || jaccard(sets[r]!, sets[i]!) >= SAME_CLAIM);
      if (same === undefined) reps.push(i);
      else uf.union(same, i);
    }
  }
  const groups = new Map<number, number[]>();
  sets.forEach((set, i) => {
    if (!set) return;
    const root = uf.find(i);
    const g = groups.get(root);
    if (g) g.push(i);
    else groups.set(root, [i]);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}

import { mix } from '../hash.js';
import { template, type FeatureSink } from './sink.js';
import type { Resources } from './table.js';
import type { Offset, WordView } from './word.js';

const MAX_SIZES = 4;
const CLUSTER_AT: Record<number, number[]> = Object.fromEntries([-1, 0, 1].map((d) => [d, Array.from({ length: MAX_SIZES }, (_, g) => template(`cluster${g}@${d}`))]));
const UNKNOWN = -1;

/** How a word is looked up in the cluster table: digits as 0 ("1996" and "2004" are one word). */
export const clusterKey = (word: string): string => (/\d/u.test(word) ? word.replace(/\d/gu, '0') : word);

/**
 * The word's classes in clusterings learned from unlabelled news (coarse to fine), and the
 * neighbours' (a name never seen in the annotated text may share a class with many that were).
 */
export function clusters(w: WordView | null, d: Offset, resources: Resources, out: FeatureSink): void {
  const table = resources.clusters;
  if (!table || !w || d < -1 || d > 1) return;
  if (!w.memo.has('clusters')) w.memo.set('clusters', table.get(clusterKey(w.text)));
  const c = w.memo.get('clusters');
  const tpl = CLUSTER_AT[d]!;
  if (!c) out.add(tpl[0]!, UNKNOWN);
  else for (let g = 0; g < c.length && g < MAX_SIZES; g++) out.add(tpl[g]!, mix(g, c[g]!));
}

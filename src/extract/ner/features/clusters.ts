import { mix } from '../hash.js';
import { template, type FeatureSink } from './sink.js';
import type { TokenTable } from './table.js';

const MAX_SIZES = 4;
const CLUSTER_AT = [-1, 0, 1].map((d) => Array.from({ length: MAX_SIZES }, (_, g) => template(`cluster${g}@${d}`)));
const UNKNOWN = -1;

/** How a word is looked up in the cluster table: digits as 0 ("1996" and "2004" are one word). */
export const clusterKey = (word: string): string => (/\d/u.test(word) ? word.replace(/\d/gu, '0') : word);

const cache = new WeakMap<TokenTable, (readonly number[] | undefined)[]>();

function classesOf(t: TokenTable): (readonly number[] | undefined)[] {
  let c = cache.get(t);
  if (!c) {
    const table = t.resources.clusters;
    c = t.doc.words.map((w) => table?.get(clusterKey(w)));
    cache.set(t, c);
  }
  return c;
}

/**
 * The word's classes in clusterings learned from unlabelled news (coarse to fine), and the
 * neighbours' (a name never seen in the annotated text may share a class with many that were).
 */
export function clusters(t: TokenTable, i: number, out: FeatureSink): void {
  if (!t.resources.clusters) return;
  const classes = classesOf(t);
  for (let d = -1; d <= 1; d++) {
    const j = i + d;
    if (j < 0 || j >= t.size || t.doc.sentence[j] !== t.doc.sentence[i]) continue;
    const c = classes[j];
    const tpl = CLUSTER_AT[d + 1]!;
    if (!c) out.add(tpl[0]!, UNKNOWN);
    else for (let g = 0; g < c.length && g < MAX_SIZES; g++) out.add(tpl[g]!, mix(g, c[g]!));
  }
}

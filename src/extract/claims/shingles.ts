/**
 * The words of a statement's content as a set of hashed word shingles: what near-duplicate
 * detection compares. Case, punctuation and quotation marks are ignored, so a syndicated copy
 * with other quote marks or a dropped comma is the same text.
 */
import { hashString } from '../../seeded.js';

/** Words per shingle: two keep word order, and one changed word spoils only two shingles. */
export const SHINGLE_WORDS = 2;

/** The content's words, lower-cased, without punctuation. */
export function contentWords(content: string): string[] {
  return content
    .toLowerCase()
    .replace(/[’‘]/gu, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/gu, ''))
    .filter(Boolean);
}

/** The hashed shingles of a list of words; fewer words than a shingle make one shingle of them all. */
export function shingles(words: readonly string[]): Set<number> {
  const out = new Set<number>();
  if (words.length <= SHINGLE_WORDS) out.add(hashString(words.join(' ')));
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) out.add(hashString(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  return out;
}

/** Jaccard similarity of two shingle sets: shared over all. */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (!a.size && !b.size) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

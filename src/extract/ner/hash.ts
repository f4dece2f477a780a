/**
 * Features are 32-bit hashes, not strings: a feature is the hash of its template's name mixed
 * with the hash of its value, so nothing is concatenated at extraction time and the model stores
 * four bytes a feature. Two features sharing a hash share a weight; at a few hundred thousand
 * features in a 2^32 space that happens a handful of times, harmlessly.
 */

/** FNV-1a over UTF-16 code units, then a final avalanche. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix(h);
}

/** Combine two hashes into one (order matters). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return fmix(h);
}

/** MurmurHash3's finaliser: every input bit affects every output bit. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

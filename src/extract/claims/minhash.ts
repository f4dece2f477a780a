/**
 * MinHash signatures and LSH bands (Broder 1997; Leskovec, Rajaraman & Ullman, "Mining of Massive
 * Datasets", ch. 3): sets with Jaccard similarity s share at least one band with probability
 * 1 − (1 − s^ROWS)^BANDS, so near-duplicates meet in a bucket and the rest almost never do. Each
 * statement is hashed once, so the work grows linearly with the number of statements.
 */

/**
 * Bands × rows = hash functions. 20 bands of 3: pairs at s = 0.6 (the same-claim threshold) meet
 * with p ≈ 0.99, at s = 0.5 with p ≈ 0.93, at s = 0.2 with p ≈ 0.15 (then checked and dropped).
 */
export const BANDS = 20;
export const ROWS = 3;

/** A fixed seed: the same statements give the same signatures and claims, run after run. */
const SEED = 0x5eed18;

/** mulberry32: a small deterministic generator for the hash functions' salts. */
function salts(n: number, seed: number): Uint32Array {
  const out = new Uint32Array(n);
  let t = seed >>> 0;
  for (let i = 0; i < n; i++) {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), t | 1);
    r ^= r + Math.imul(r ^ (r >>> 7), r | 61);
    out[i] = (r ^ (r >>> 14)) >>> 0;
  }
  return out;
}

const SALTS = salts(BANDS * ROWS, SEED);

/** A 32-bit integer mix (murmur3's finaliser) of a shingle hash with one salt: one hash function. */
function mix(x: number, salt: number): number {
  let h = (x ^ salt) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The MinHash signature of a shingle set: for each hash function, the least hash of any shingle. */
export function signature(shingleSet: ReadonlySet<number>): Uint32Array {
  const sig = new Uint32Array(BANDS * ROWS).fill(0xffffffff);
  for (const x of shingleSet) {
    for (let i = 0; i < sig.length; i++) {
      const h = mix(x, SALTS[i]!);
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

/**
 * The bucket keys of a signature, one a band: the band's number and a hash of its rows. Two bands
 * that differ may hash alike (about once in 4 billion); the exact check on candidates catches it.
 */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = b * ROWS; r < (b + 1) * ROWS; r++) h = Math.imul(h ^ sig[r]!, 0x01000193);
    keys.push(`${b}:${(h >>> 0).toString(36)}`);
  }
  return keys;
}

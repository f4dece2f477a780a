/**
 * How often news writes each word in lower case, counted where capitals say something (not at
 * the start of a sentence, not in capitals): "power" is written in lower case nearly always,
 * "Blackburn" never. The rules read it to tell a capitalised common word (a heading, the start
 * of a sentence) from a name; the model reads it as a feature.
 */

/** Lower-case word → share of its occurrences written in lower case (0…1), words seen `minCount` times. */
export function caseShares(sentences: readonly string[][], minCount: number): Map<string, number> {
  const lower = new Map<string, number>();
  const capital = new Map<string, number>();
  for (const s of sentences) {
    for (let i = 1; i < s.length; i++) {
      const w = s[i]!;
      if (/^\p{Ll}/u.test(w)) lower.set(w, (lower.get(w) ?? 0) + 1);
      else if (/^\p{Lu}\p{Ll}/u.test(w)) {
        const key = w.toLowerCase();
        capital.set(key, (capital.get(key) ?? 0) + 1);
      }
    }
  }
  const shares = new Map<string, number>();
  for (const key of new Set([...lower.keys(), ...capital.keys()])) {
    const l = lower.get(key) ?? 0;
    const total = l + (capital.get(key) ?? 0);
    if (total >= minCount) shares.set(key, l / total);
  }
  return new Map([...shares].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}

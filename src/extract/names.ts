/**
 * Name keys: forms under which spellings of the same name compare equal. Used to merge mentions
 * in a document (entities/merge.ts) and across documents (link.ts).
 */

const PARTICLE = /^(?:al|el|ad|ar|as|an|at|az|ash)[-‐'’]/u;

/**
 * A transliteration-tolerant key for one word of a name:
 * "Qassem" = "Qasem", "Mikdad" = "Miqdad", "Soleimani" = "Suleymani", "al-Muhandis" = "Muhandis".
 */
export function wordKey(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’`.]/gu, '')
    .replace(PARTICLE, '')
    .replace(/q/gu, 'k')
    .replace(/o/gu, 'u')
    .replace(/y/gu, 'i')
    .replace(/ph/gu, 'f')
    .replace(/(\p{L})\1+/gu, '$1')
    .replace(/(?<=\p{L}{3})h$/u, '');
}

/** A word as written, case, accents and apostrophes aside: "Foxx" stays apart from "Fox". */
export function plainWord(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/['’`.]/gu, '');
}

const SKIP = new Set(['of', 'the', 'and', '&', 'for', 'al', 'el', 'bin', 'ibn', 'de', 'la', 'le', 'van', 'von', 'der', 'da', 'di', 'du']);

/** The key words of a name, connectors dropped ("Abu Mahdi al-Muhandis" → abu, mahdi, muhandis). */
export function nameWords(name: string): string[] {
  return name
    .split(/[\s]+/u)
    .filter((w) => w && !SKIP.has(w.toLowerCase()))
    .map(wordKey)
    .filter(Boolean);
}

/** A key for a whole organisation name: lower case, "the" and plural s dropped ("Guards" = "Guard"). */
export function orgKey(name: string): string {
  return name
    .replace(/^the\s+/iu, '')
    .split(/\s+/u)
    .map((w) => wordKey(w).replace(/(?<=\p{L}{3})s$/u, ''))
    .join(' ');
}

/** The initials of a name's significant words ("Islamic Revolution Guards Corps" → "IRGC"). */
export function initials(name: string): string {
  return name
    .split(/[\s-]+/u)
    .filter((w) => w && !SKIP.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/** Whether `short` is a sub-sequence of `long` (both word-key lists). */
export function isSubsequence(short: string[], long: string[]): boolean {
  let j = 0;
  for (const w of long) if (j < short.length && w === short[j]) j++;
  return j === short.length;
}

const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}&]{1,5}$/u;

/** Whether a name is an acronym ("IRGC", "U.N."). */
export function isAcronym(name: string): boolean {
  return ACRONYM.test(name);
}

/**
 * The fullest of several forms of one name: the one with the most name words, then the longest,
 * acronyms last ("Islamic Revolution Guards Corps" over "IRGC", "Ali Akbar Velayati" over
 * "Velayati"); ties go to the first in code-point order, so the answer never depends on the
 * order the forms came in.
 */
export function fullestName(forms: Iterable<string>): string {
  let best: string | undefined;
  for (const f of forms) if (best === undefined || fuller(f, best)) best = f;
  if (best === undefined) throw new Error('names: fullestName of no forms');
  return best;
}

function fuller(a: string, b: string): boolean {
  const acr = Number(isAcronym(b)) - Number(isAcronym(a));
  if (acr !== 0) return acr > 0;
  const words = nameWords(a).length - nameWords(b).length;
  if (words !== 0) return words > 0;
  if (a.length !== b.length) return a.length > b.length;
  return a < b;
}

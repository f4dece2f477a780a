import type { Token } from '../statements/tokens.js';

/**
 * Small word tests the stance rules share: lemmas of verb forms, negation, determiners, and the
 * bounds of the clause around a word.
 */

/** Candidate lemmas of an inflected word, the word itself first ("supports" → support). */
export function lemmasOf(word: string): string[] {
  const w = word.toLowerCase();
  const out = [w];
  const add = (s: string) => s.length > 1 && !out.includes(s) && out.push(s);
  if (w.endsWith('ies')) add(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) add(w.slice(0, -2));
  if (w.endsWith('s')) add(w.slice(0, -1));
  if (w.endsWith('ied')) add(`${w.slice(0, -3)}y`);
  if (w.endsWith('ed')) {
    add(w.slice(0, -2));
    add(w.slice(0, -1));
    if (w.at(-3) === w.at(-4)) add(w.slice(0, -3)); // "stopped" → stop
  }
  if (w.endsWith('ing')) {
    add(w.slice(0, -3));
    add(`${w.slice(0, -3)}e`);
    if (w.at(-4) === w.at(-5)) add(w.slice(0, -4));
  }
  return out;
}

/** The lemma of `word` found in `set`, or null. */
export function lemmaIn(word: string, set: ReadonlySet<string>): string | null {
  for (const l of lemmasOf(word)) if (set.has(l)) return l;
  return null;
}

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'without', 'hardly', 'nor', 'neither', 'cannot', 'nothing', 'none']);

/** Whether a token negates what follows it ("not", "never", "didn't", "far from"). */
export function isNegator(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (NEGATORS.has(t.lower) || /n['’]t$/u.test(t.lower)) return true;
  return t.lower === 'from' && tokens[i - 1]?.lower === 'far';
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'some', 'any', 'all', 'every', 'more', 'most', 'very', 'so', 'too']);

/** Articles, possessive pronouns and degree words, which sit inside a phrase without changing its target. */
export function isDeterminer(t: Token | undefined): boolean {
  return !!t && DETERMINERS.has(t.lower);
}

/** Quotation marks and brackets, which stand inside a phrase ("to be “the flag-bearer …”"). */
export function isQuoteMark(t: Token | undefined): boolean {
  return !!t && !t.word && /^["“”‘’'«»\[\]]$/u.test(t.text);
}

const HARD_BREAK = /^[.;:!?—–()]$/u;

/** Whether a token ends a clause: sentence punctuation, a colon, a dash; with `soft`, a comma too. */
export function isBreak(t: Token | undefined, soft = false): boolean {
  return !t || (!t.word && (HARD_BREAK.test(t.text) || (soft && t.text === ',')));
}

/** Copulas and their kin: "X is …", "X to be …", "X as …", "X remains …". */
export const COPULAS: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'remains', 'remain', 'remained', 'became', 'become', 'becomes', 'seems', 'seem', 'as',
]);

/** Prepositions that end a noun phrase ("the attack | on Kyiv"). */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'of', 'for', 'on', 'over', 'against', 'in', 'at', 'about', 'with', 'to', 'from', 'by', 'into', 'towards', 'toward', 'upon', 'across', 'throughout', 'during', 'since', 'after', 'before', 'under', 'within', 'among', 'between', 'through', 'via', 'than', 'until', 'that', 'who', 'which',
]);

/** Words that put a setting, not a target, after them: "in Lebanon", "across the region". */
export const SETTING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'across', 'throughout', 'within', 'inside', 'near', 'around', 'during', 'from']);

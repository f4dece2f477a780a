import { classify, DETERMINERS, OBJECT_PRONOUNS, type Phrase, phraseStartingAt, SKIPPABLE, STOP, SUBJECT_PRONOUNS } from './phrases.js';
import type { Token } from './tokens.js';

/** At most this many lower-case title words before a name ("media relations officer"). */
const MAX_TITLE_WORDS = 4;

// A lower-case word that may be part of a job title before a name: no article, pronoun, clause
// word, auxiliary or adverb, and no possessive ("the city's" is a description, not a title).
function titleWord(t: Token | undefined): boolean {
  if (!t || !t.word || t.cap || t.lower.length < 3 || /[’']/u.test(t.text) || /ly$/u.test(t.lower)) return false;
  return !DETERMINERS.has(t.lower) && !STOP.has(t.lower) && !SKIPPABLE.has(t.lower) && !SUBJECT_PRONOUNS.has(t.lower) && !OBJECT_PRONOUNS.has(t.lower);
}

/**
 * "spokesperson Karen Doyle said", "media relations officer Paul Gagnon wrote": a description
 * that is only lower-case title words before a name is that name; any other phrase is returned
 * as it is.
 */
export function nameAfterTitle(toks: readonly Token[], p: Phrase): Phrase {
  if (p.kind !== 'description') return p;
  let k = p.last;
  while (k >= p.first && (toks[k]!.cap || toks[k]!.text === '.')) k--;
  if (k === p.last || k < p.first || p.last - k > 5 || k - p.first + 1 > MAX_TITLE_WORDS) return p;
  for (let m = p.first; m <= k; m++) if (!titleWord(toks[m])) return p;
  const name = classify(toks, k + 1, p.last);
  return name?.kind === 'name' ? name : p;
}

/**
 * `…,” says architect Ana Ruiz, who …`: lower-case title words at token `i` and the name after
 * them, when the name ends the attribution (a punctuation mark, the end, or "who" follows);
 * null otherwise.
 */
export function titledNameAt(toks: readonly Token[], i: number): Phrase | null {
  let k = i;
  while (k < i + MAX_TITLE_WORDS && titleWord(toks[k])) k++;
  if (k === i || !toks[k]?.cap) return null;
  const name = phraseStartingAt(toks, k);
  if (!name || name.kind !== 'name') return null;
  const after = toks[name.last + 1];
  return !after || /^[.,;!?—)]$/u.test(after.text) || after.lower === 'who' ? name : null;
}

import type { Token } from '../statements/tokens.js';

/**
 * What the stance rules see of one statement: its content as tokens, where each target is named
 * in it, and whose side each named word is on.
 */

/** Where a target is named in the content: token indexes, both inclusive. */
export interface Anchor {
  first: number;
  last: number;
}

/** One finding for or against a target: a weight in [-1, 1] and the words (document offsets) that carry it. */
export interface Evidence {
  weight: number;
  start: number;
  end: number;
  /** Which rule found it, for tests and debugging ("label", "predicate", "ally", "verb", "cue" …). */
  rule: string;
}

export interface StanceView {
  /** The statement's content, tokenised, with document offsets. */
  tokens: Token[];
  /** For each token, the target named there, or null. */
  owner: (string | null)[];
  /** For each token, whether it is part of any entity's name (names are never judgements). */
  named: boolean[];
  /** Targets on the speaker's own side: the speaker, the organisations it speaks for, its country. */
  side: ReadonlySet<string>;
  /** Reported speech (indirect or partial): there "he" or "she" is mostly the speaker ("X said he backs Y"). */
  reported: boolean;
}

const FIRST_PERSON = new Set(['we', 'us', 'our', 'ours', 'i', 'me', 'my']);

/** Whether token `i` names the speaker's side ("we", "our", the speaker's party). */
export function onSpeakerSide(view: StanceView, i: number): boolean {
  const t = view.tokens[i];
  if (!t) return false;
  const owner = view.owner[i];
  if (view.reported && (t.lower === 'he' || t.lower === 'she')) return true;
  return FIRST_PERSON.has(t.lower) || (owner !== null && owner !== undefined && view.side.has(owner));
}

/** Whether a token is a possessive ("Russia’s", "Hamas’", "its", "your"). */
export function isPossessive(t: Token | undefined): boolean {
  return !!t && (/['’]s?$/u.test(t.text) || /^(?:its|their|his|her|your|our|my)$/u.test(t.lower));
}

/** The span of tokens `first..last` as an evidence of `weight`. */
export function evidenceOf(view: StanceView, first: number, last: number, weight: number, rule: string): Evidence {
  return { weight, start: view.tokens[first]!.start, end: view.tokens[last]!.end, rule };
}

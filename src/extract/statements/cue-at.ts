import { cueForms, type CueForm } from '../cues/index.js';
import type { Token } from './tokens.js';

/** A cue verb read at a token: its form and the index of its last token (after a particle). */
export interface CueHit {
  form: CueForm;
  first: number;
  last: number;
}

/** The cue reading of the token at `i`, phrasal verbs first ("pointed out", "called for"). */
export function cueAt(toks: readonly Token[], i: number): CueHit | null {
  const t = toks[i];
  if (!t || !t.word) return null;
  for (const form of cueForms(t.lower)) {
    if (form.particle.length === 0) return { form, first: i, last: i };
    // "went on to say": particle words may be several
    if (form.particle.every((p, k) => toks[i + 1 + k]?.lower === p)) return { form, first: i, last: i + form.particle.length };
  }
  return null;
}

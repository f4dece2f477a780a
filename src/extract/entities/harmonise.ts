import { wordKey } from '../names.js';
import type { Candidate } from './candidates.js';
import type { DocContext } from './context.js';

/**
 * A full name whose surname stands alone as a person at least twice elsewhere in the document,
 * and whose first word is a first name, is a person ("Ali Akbar Velayati" … "Velayati said"),
 * whatever type the recognizer gave it once. (A vote of one type per name across the document
 * was measured too, and cost a point of LOCATION F1 on conllpp_dev: teams and their towns share
 * names.) Changes the candidates' types in place.
 */
export function harmonise(ctx: DocContext, cands: readonly Candidate[]): void {
  const loneSurnames = new Map<string, number>();
  for (const c of cands) {
    if (c.type === 'Person' && c.first === c.last) {
      const k = wordKey(ctx.tokens[c.first]!.text);
      loneSurnames.set(k, (loneSurnames.get(k) ?? 0) + 1);
    }
  }
  for (const c of cands) {
    if (c.type !== 'Person' && c.last > c.first && ctx.tokens[c.first]!.tags.has('FirstName') && (loneSurnames.get(wordKey(ctx.tokens[c.last]!.text)) ?? 0) >= 2) {
      c.type = 'Person';
    }
  }
}

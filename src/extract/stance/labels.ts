import { valenceOf } from './lexicon.js';
import { type Anchor, type Evidence, type StanceView, evidenceOf, isPossessive } from './view.js';
import { COPULAS, PREPOSITIONS, isBreak, isDeterminer, isQuoteMark } from './words.js';

/** Nouns of deeds done to whoever follows "of": "the occupation of X" does not judge X. */
const PATIENT_OF = new Set([
  'occupation', 'invasion', 'massacre', 'massacres', 'genocide', 'blockade', 'siege', 'oppression', 'killing', 'killings',
  'murder', 'bombing', 'destruction', 'assassination', 'persecution', 'liberation', 'defence', 'defense', 'war', 'attack',
]);

/**
 * What the words attached to a target call it: "Israeli crimes", "Russia's aggression", "ISIL
 * terrorists", "the brave X", "crimes of X", and words inside a description that stands for it
 * ("the Zionist regime", "this cancerous tumor").
 */
export function labelEvidence(view: StanceView, a: Anchor): Evidence[] {
  const { tokens, named } = view;
  const out: Evidence[] = [];
  // inside a description taken for the target (a name's own words never count)
  for (let i = a.first; i <= a.last; i++) {
    const v = named[i] ? 0 : valenceOf(tokens[i]!.lower, false);
    if (v) out.push(evidenceOf(view, i, i, v, 'label'));
  }
  // after it: a possessive or demonym heads a phrase whose noun judges it ("your recent victories")
  const last = tokens[a.last];
  const demonym = a.first === a.last && !!last?.cap && !named[a.first];
  const reach = isPossessive(last) || demonym ? 3 : 1;
  for (let j = a.last + 1; j <= a.last + reach; j++) {
    const t = tokens[j];
    if (!t || isBreak(t, true) || PREPOSITIONS.has(t.lower) || COPULAS.has(t.lower) || view.owner[j]) break;
    // own words only: AFINN rates plain nouns too ("America's prison system", "Russia's debt")
    const v = valenceOf(t.lower, false);
    if (v) {
      out.push(evidenceOf(view, j, j, v, 'label'));
      break;
    }
  }
  // before it: a judging word ("the brave X", "terrorist X"), or "crimes of X"
  let i = a.first - 1;
  while (isDeterminer(tokens[i]) || isQuoteMark(tokens[i])) i--;
  const before = tokens[i];
  if (before?.word && !named[i]) {
    const noun = tokens[i - 1]?.lower ?? '';
    if ((before.lower === 'of' || before.lower === 'by') && tokens[i - 1]?.word) {
      // "crimes of X", "aggression by X" judge X; "the killing of X", "the occupation of X" name X's suffering
      const v = before.lower === 'by' ? valenceOf(noun) : PATIENT_OF.has(noun) ? 0 : valenceOf(noun, false);
      if (v) out.push(evidenceOf(view, i - 1, i - 1, v, 'label-of'));
    } else {
      const v = valenceOf(before.lower, false);
      if (v) out.push(evidenceOf(view, i, i, v, 'label'));
    }
  }
  return out;
}

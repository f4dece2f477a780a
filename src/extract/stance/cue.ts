import { cueForms } from '../cues/index.js';
import type { Token } from '../statements/tokens.js';
import type { DocStatement } from '../types.js';
import { type Anchor, type Evidence, type StanceView } from './view.js';
import { PREPOSITIONS, isBreak, isNegator } from './words.js';

/**
 * What the cue verb does to its object: praising, thanking, congratulating back it; accusing,
 * condemning, blaming attack it. Kept here rather than in the cue lexicon (which the statement
 * finder owns): a lemma's own weight where it says more than its class ("condemn" is harsher than
 * "complain"), else its class's.
 */
const LEMMA_POLARITY: Record<string, number> = {
  praise: 0.8, hail: 0.8, commend: 0.8, laud: 0.8, applaud: 0.8, salute: 0.8, congratulate: 0.7, felicitate: 0.7,
  thank: 0.7, welcome: 0.5, condemn: -0.8, denounce: -0.8, accuse: -0.7, blame: -0.7, slam: -0.8, blast: -0.8,
  lambast: -0.8, decry: -0.7, criticize: -0.7, criticise: -0.7, rebuke: -0.7, berate: -0.7, chide: -0.6, scold: -0.6,
  mock: -0.6, ridicule: -0.7, attack: -0.6, charge: -0.4, complain: -0.3, lament: -0.3, warn: -0.3, threaten: -0.6,
};
const CLASS_POLARITY: Record<string, number> = { praise: 0.6, accuse: -0.6 };

/** Words before a cue that take back what it does: "did not condemn", "refused to praise", "stopped short of". */
const WITHHOLDING = /\b(?:refus(?:ed|es|e|ing)|declin(?:ed|es|e|ing)|fail(?:ed|s|ing)?|stopp?(?:ed|ing)?\s+short\s+of|reluctant|hesitat(?:ed|es|e|ing))\s+(?:to\s+)?$/iu;

/** The backing (+) or attacking (−) weight of a statement's cue, or 0. */
export function cuePolarity(st: DocStatement): number {
  if (!st.cue) return 0;
  const word = st.cue.text.toLowerCase().split(/\s+/u)[0] ?? '';
  for (const form of cueForms(word)) {
    const w = LEMMA_POLARITY[form.lemma];
    if (w !== undefined) return w;
  }
  return CLASS_POLARITY[st.cueClass ?? ''] ?? 0;
}

/**
 * The words before the cue that withhold it ("did not condemn", "refused to condemn"), as a span
 * of the document from the negator to the cue's end, or null.
 */
export function withheldCue(text: string, st: DocStatement, before: readonly Token[]): { start: number; end: number } | null {
  if (!st.cue) return null;
  for (let i = before.length - 1; i >= Math.max(0, before.length - 4); i--) {
    if (isBreak(before[i])) break;
    if (isNegator(before as Token[], i)) return { start: before[i]!.start, end: st.cue.end };
  }
  const lead = text.slice(Math.max(0, st.cue.start - 40), st.cue.start);
  const m = WITHHOLDING.exec(lead);
  return m ? { start: st.cue.start - lead.length + m.index, end: st.cue.end } : null;
}

/**
 * The cue's weight on a target that is its object: the content starts right after the cue
 * ("accused | Russia of …", "condemned | the Russian attack on Kyiv") and the target is named in
 * its first phrase, before any preposition ("on Kyiv" names the victim, not the condemned).
 */
export function cueEvidence(view: StanceView, st: DocStatement, a: Anchor, weight: number): Evidence[] {
  if (!weight || !st.cue || st.kind === 'direct' || st.start < st.cue.end || st.start - st.cue.end > 2) return [];
  for (let i = 0; i < a.first; i++) {
    const t = view.tokens[i]!;
    // a list of names is one object: "thanked Italy, Spain and Greece"
    const inList = (t.text === ',' || t.lower === 'and') && view.named[i - 1] && view.named[i + 1];
    if ((isBreak(t, true) && !inList) || PREPOSITIONS.has(t.lower)) return [];
  }
  return [{ weight, start: st.cue.start, end: st.cue.end, rule: 'cue' }];
}

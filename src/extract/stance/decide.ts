import type { StanceValue } from '../../snapshot/schema.js';
import type { Evidence } from './view.js';

/** How far from 0 a score must be to call it support or oppose; nearer, the honest answer is neutral. */
export const DECISION_THRESHOLD = 0.3;

/** A decided stance towards one target, with document offsets of the deciding words. */
export interface Decision {
  stance: StanceValue;
  score: number;
  evidence: { start: number; end: number } | null;
}

/**
 * Weigh the evidence for one target: the sum of its weights, kept in [-1, 1]; the deciding words are
 * the strongest piece on the winning side. Evidence that cancels out is neutral, as is none at all;
 * `withheld` (a negated cue, "did not condemn") makes it neutral whatever the rest says, with those
 * words as the evidence.
 */
export function decide(evidence: readonly Evidence[], withheld: { start: number; end: number } | null = null): Decision {
  if (withheld) return { stance: 'neutral', score: 0, evidence: withheld };
  const sum = evidence.reduce((s, e) => s + e.weight, 0);
  const score = Math.round(Math.max(-1, Math.min(1, sum)) * 100) / 100 || 0;
  if (Math.abs(score) < DECISION_THRESHOLD) return { stance: 'neutral', score, evidence: null };
  const winning = evidence.filter((e) => Math.sign(e.weight) === Math.sign(score));
  const best = winning.reduce((b, e) => (Math.abs(e.weight) > Math.abs(b.weight) ? e : b));
  return { stance: score > 0 ? 'support' : 'oppose', score, evidence: { start: best.start, end: best.end } };
}

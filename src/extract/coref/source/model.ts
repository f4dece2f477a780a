import { z } from 'zod';
import type { SourceCandidate, SourceSetting } from './candidates.js';
import { featuresOfCandidate } from './features.js';

/** A trained source ranker: one weight a feature string (see features.ts). */
export const SourceModelSchema = z.object({
  format: z.literal('claimgraph-source-ranker'),
  version: z.literal(1),
  weights: z.record(z.string(), z.number()),
});
export type SourceModel = z.infer<typeof SourceModelSchema>;

/** The model's score of one candidate: the sum of its features' weights. */
export function scoreCandidate(model: SourceModel, c: SourceCandidate, s: SourceSetting): number {
  let sum = 0;
  for (const f of featuresOfCandidate(c, s)) sum += model.weights[f] ?? 0;
  return sum;
}

/** The candidate the model ranks first; on a tie, the earlier one (the rules' choice comes first). */
export function chooseSource(model: SourceModel, candidates: readonly SourceCandidate[], s: SourceSetting): SourceCandidate | null {
  let best: { c: SourceCandidate; score: number } | null = null;
  for (const c of candidates) {
    const score = scoreCandidate(model, c, s);
    if (!best || score > best.score) best = { c, score };
  }
  return best?.c ?? null;
}

import { TYPES, type TokenSpan } from '../../extract/ner/labels.js';

/** Precision, recall and F1 of exact spans, per type and over PER, ORG and LOC. */
export interface SpanScores {
  byType: Record<string, { p: number; r: number; f: number; gold: number; predicted: number; correct: number }>;
  /** PER, ORG, LOC together (the types claimgraph outputs). */
  main: { p: number; r: number; f: number };
}

const prf = (correct: number, predicted: number, gold: number) => {
  const p = predicted ? correct / predicted : 1;
  const r = gold ? correct / gold : 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

/** Score predicted spans against gold spans, document by document (same order). */
export function scoreSpans(gold: readonly TokenSpan[][], predicted: readonly TokenSpan[][]): SpanScores {
  const counts = TYPES.map(() => ({ gold: 0, predicted: 0, correct: 0 }));
  gold.forEach((g, d) => {
    const keys = new Set(g.map((s) => `${s.first}:${s.last}:${s.type}`));
    for (const s of g) counts[s.type]!.gold++;
    for (const s of predicted[d]!) {
      counts[s.type]!.predicted++;
      if (keys.has(`${s.first}:${s.last}:${s.type}`)) counts[s.type]!.correct++;
    }
  });
  const byType: SpanScores['byType'] = {};
  TYPES.forEach((t, k) => {
    const c = counts[k]!;
    byType[t] = { ...prf(c.correct, c.predicted, c.gold), ...c };
  });
  const sum = (f: 'gold' | 'predicted' | 'correct') => counts.slice(0, 3).reduce((a, c) => a + c[f], 0);
  return { byType, main: prf(sum('correct'), sum('predicted'), sum('gold')) };
}

/** "PER 95.1 ORG 87.2 LOC 94.0 MISC 85.3 | main 92.4" */
export function formatScores(s: SpanScores): string {
  const pct = (x: number) => (100 * x).toFixed(1);
  return `${TYPES.map((t) => `${t} ${pct(s.byType[t]!.f)}`).join(' ')} | PER+ORG+LOC P ${pct(s.main.p)} R ${pct(s.main.r)} F ${pct(s.main.f)}`;
}

import { template, type FeatureSink } from './sink.js';
import type { TokenTable } from './table.js';

const RULE_AT = [-1, 0, 1].map((d) => template(`rule${d}`));

/**
 * What claimgraph's hand-written rules said of the token (a hash of, e.g., "Person:B:strong",
 * "title"), and of its neighbours: the model learns when each rule can be trusted.
 */
export function rules(t: TokenTable, i: number, out: FeatureSink): void {
  const hints = t.hints;
  if (!hints) return;
  for (let d = -1; d <= 1; d++) {
    const j = i + d;
    if (j < 0 || j >= t.size) continue;
    for (const h of hints[j]!) out.add(RULE_AT[d + 1]!, h);
  }
}

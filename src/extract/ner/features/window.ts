import { mix } from '../hash.js';
import { EDGE } from './lexical.js';
import { template, type FeatureSink } from './sink.js';
import type { TokenTable } from './table.js';

const BIGRAM_BEFORE = template('lower-1|lower0');
const BIGRAM_AFTER = template('lower0|lower+1');
const SHAPES_AROUND = template('shortShape-1|0|+1');
/** Word pairs and the shape trigram around the token. */
export function ngrams(t: TokenTable, i: number, out: FeatureSink): void {
  const s = t.doc.sentence;
  const before = i > 0 && s[i - 1] === s[i] ? i - 1 : -1;
  const after = i + 1 < t.size && s[i + 1] === s[i] ? i + 1 : -1;
  out.add(BIGRAM_BEFORE, mix(before < 0 ? EDGE : t.lower[before]!, t.lower[i]!));
  out.add(BIGRAM_AFTER, mix(t.lower[i]!, after < 0 ? EDGE : t.lower[after]!));
  out.add(SHAPES_AROUND, mix(mix(before < 0 ? EDGE : t.shortShape[before]!, t.shortShape[i]!), after < 0 ? EDGE : t.shortShape[after]!));
}

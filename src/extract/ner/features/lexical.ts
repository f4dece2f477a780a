import { hashString } from '../hash.js';
import { template, type FeatureSink } from './sink.js';
import type { TokenTable } from './table.js';

const BIAS = template('bias');
const WORD = template('w0');
const LOWER = template('lower0');
const SHAPE = template('shape0');
const SHORT_SHAPE = template('shortShape0');
const PREFIX = [1, 2, 3, 4].map((k) => template(`prefix${k}`));
const SUFFIX = [1, 2, 3, 4].map((k) => template(`suffix${k}`));

/** Always on: the label's prior. */
export function bias(_t: TokenTable, _i: number, out: FeatureSink): void {
  out.flag(BIAS);
}

/** The word as written and in lower case. */
export function word(t: TokenTable, i: number, out: FeatureSink): void {
  out.add(WORD, t.word[i]!);
  out.add(LOWER, t.lower[i]!);
}

/** The word's shape ("Xxx", "X.X.", "dd-dd") in two degrees of detail. */
export function shape(t: TokenTable, i: number, out: FeatureSink): void {
  out.add(SHAPE, t.shape[i]!);
  out.add(SHORT_SHAPE, t.shortShape[i]!);
}

/** The first and last one to four letters of the lower-case word ("-stan", "-ski", "Mc-"). */
export function affixes(t: TokenTable, i: number, out: FeatureSink): void {
  const w = t.doc.lower[i]!;
  if (w.length < 3) return;
  for (let k = 1; k <= 4 && k < w.length; k++) {
    out.add(PREFIX[k - 1]!, hashString(w.slice(0, k)));
    out.add(SUFFIX[k - 1]!, hashString(w.slice(-k)));
  }
}

import { hashString } from '../hash.js';
import { template, type FeatureSink } from './sink.js';
import type { TokenTable } from './table.js';
import type { Offset, WordView } from './word.js';

const BIAS = template('bias');
const WORD = template('w0');
const LOWER = template('lower0');
const SHAPE = template('shape0');
const SHORT_SHAPE = template('shortShape0');
const PREFIX = [1, 2, 3, 4].map((k) => template(`prefix${k}`));
const SUFFIX = [1, 2, 3, 4].map((k) => template(`suffix${k}`));
const LOWER_AT: Record<number, number> = { [-2]: template('lower-2'), [-1]: template('lower-1'), 1: template('lower1'), 2: template('lower2') };
const SHAPE_AT: Record<number, number> = { [-2]: template('shape-2'), [-1]: template('shape-1'), 1: template('shape1'), 2: template('shape2') };
/** Stands for the missing neighbour before a sentence's first or after its last token. */
export const EDGE = 0x5eed;

/** Always on: the label's prior. */
export function bias(_t: TokenTable, _i: number, out: FeatureSink): void {
  out.flag(BIAS);
}

/**
 * The word as written, in lower case, and its shape ("Xxx", "X.X.", "dd-dd") in two degrees of
 * detail; of a neighbour up to two words away, its lower case and shape (or that there is none).
 */
export function spelling(w: WordView | null, d: Offset, _r: unknown, out: FeatureSink): void {
  if (d === 0) {
    if (!w) return;
    out.add(WORD, w.wordHash);
    out.add(LOWER, w.lowerHash);
    out.add(SHAPE, w.shapeHash);
    out.add(SHORT_SHAPE, w.shortShapeHash);
    return;
  }
  out.add(LOWER_AT[d]!, w ? w.lowerHash : EDGE);
  out.add(SHAPE_AT[d]!, w ? w.shapeHash : EDGE);
}

/** The first and last one to four letters of the lower-case word ("-stan", "-ski", "Mc-"). */
export function affixes(w: WordView | null, d: Offset, _r: unknown, out: FeatureSink): void {
  if (d !== 0 || !w || w.lower.length < 3) return;
  const lower = w.lower;
  for (let k = 1; k <= 4 && k < lower.length; k++) {
    out.add(PREFIX[k - 1]!, hashString(lower.slice(0, k)));
    out.add(SUFFIX[k - 1]!, hashString(lower.slice(-k)));
  }
}

import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/document.js';

/**
 * Issue #16, item 8: extraction time stays linear in the input's size, whatever its shape. Each
 * shape is extracted at two sizes, four times apart, and the CPU time of the larger must stay
 * within a generous factor of four times the smaller's. Linear work gives a ratio near 4 (less
 * while fixed costs dominate); the quadratic tokenizer paths this guards against gave 15 to 100.
 * The test asserts a ratio, never seconds, so a loaded machine slows both sizes alike.
 *
 * The sizes are where each shape's worst case shows: compromise's Array.shift loop is cheap on
 * short arrays (V8 trims them in place) and turns quadratic on long ones, so a run of quotation
 * marks took 0.05 s at 20,000 characters but 20 s at 200,000.
 */

/** Runs and long tokens: grown from 50,000 to 200,000 characters. */
const RUN = 50_000;
/** Text that reads like text (words, lines, quotes): 12,500 to 50,000 characters, enough for linear work to dominate. */
const PROSE = 12_500;

const GROWTH = 4;
/** Linear is ≤ 4; quadratic is 16. Two and a half times linear leaves room for noise. */
const MAX_RATIO = GROWTH * 2.5;
/** CPU times under this are noise and fixed costs: the ratio is taken against at least this. */
const FLOOR_MS = 60;

const LEAD = 'Mary Brown said ';

/** Input shapes that made extraction quadratic, and their neighbours: a maker taking a length in characters, and the smaller size. */
const SHAPES: [string, (chars: number) => string, number][] = [
  ['a run of curly quotation marks', (n) => LEAD + '“”'.repeat(n / 2), RUN],
  ['a run of straight quotation marks', (n) => LEAD + '"'.repeat(n), RUN],
  ['a run of dashes', (n) => LEAD + '—'.repeat(n), RUN],
  ['a run of dots', (n) => LEAD + '.'.repeat(n), RUN],
  ['a run of commas', (n) => LEAD + ','.repeat(n), RUN],
  ['a run of opening brackets', (n) => LEAD + '('.repeat(n), RUN],
  ['dots with spaces between', (n) => LEAD + '. '.repeat(n / 2), RUN],
  ['a run of emoji', (n) => LEAD + '😀'.repeat(n / 2), RUN],
  ['one long token of letters', (n) => LEAD + 'a'.repeat(n), RUN],
  ['one long token of letters and dots', (n) => LEAD + 'a.'.repeat(n / 2), RUN],
  ['one letter and its combining marks', (n) => `${LEAD}a${'\u0301'.repeat(n)}`, RUN],
  ['many short lines', (n) => `${LEAD}\n${'a\n'.repeat(n / 2)}`, PROSE],
  ['many short quotes', (n) => LEAD + '“a” '.repeat(n / 4), PROSE],
  ['many short sentences', (n) => 'Mary Brown said so. '.repeat(n / 20), PROSE],
];

/** CPU milliseconds of one extraction, the least of three runs (the least is the least disturbed). */
function cpuMs(text: string): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const before = process.cpuUsage();
    extractDocument({ id: 'doc.txt', text });
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

describe('extraction time is linear in the input size', () => {
  it.each(SHAPES)('%s', (_name, make, size) => {
    extractDocument({ id: 'warm.txt', text: make(1000) });
    const small = cpuMs(make(size));
    const large = cpuMs(make(size * GROWTH));
    const ratio = large / Math.max(small, FLOOR_MS);
    expect(ratio, `${size} chars: ${small.toFixed(0)} ms, ${size * GROWTH} chars: ${large.toFixed(0)} ms`).toBeLessThan(MAX_RATIO);
  }, 600_000);
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findStatements } from '../../../src/extract/statements/index.js';
import type { DocStatement } from '../../../src/extract/types.js';

// Pieces news text is made of, marks and all, so random documents hit the quote and cue rules.
const PIECES = [
  '“', '”', '"', '‘', '’', "'", "''", ',', '.', ':', '\n\n', '\n', ' ', '—', '(', ')',
  'he said', 'she told', 'Velayati', 'the Iranian official', 'according to', 'We will win', 'said that',
  'Haniyeh added', 'IRGC says', 'warned', 'denied', 'the Zionist regime', 'Mr.', 'Speaking to Nakhala',
];

function checkSpans(text: string, sts: DocStatement[]): void {
  for (const s of sts) {
    expect(s.start).toBeLessThanOrEqual(s.end);
    expect(text.slice(s.start, s.end)).toBe(s.content);
    for (const r of [s.cue, s.speaker, s.addressee]) if (r) expect(text.slice(r.start, r.end)).toBe(r.text);
    expect(s.confidence).toBeGreaterThan(0);
    expect(s.confidence).toBeLessThanOrEqual(1);
  }
}

describe('findStatements on any text', () => {
  it('never throws and keeps every span exact', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }), (parts) => {
        const text = parts.join(' ');
        checkSpans(text, findStatements(text, []));
      }),
      { numRuns: 300 },
    );
  });

  it('does not let one stray mark swallow the document', () => {
    const para = 'The ministry said the talks would resume on Monday.';
    const text = `He said “this is never closed.\n\n${para}\n\n${para}`;
    const sts = findStatements(text, []);
    checkSpans(text, sts);
    expect(sts.every((s) => s.end - s.start < 60)).toBe(true);
    expect(sts.filter((s) => s.cue?.text === 'said' && s.speaker?.text === 'The ministry')).toHaveLength(2);
  });
});

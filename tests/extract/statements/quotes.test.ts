import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/extract/statements/quotes.js';
import { findStatements } from '../../../src/extract/statements/index.js';

const contents = (text: string) => findQuotes(text).map((q) => text.slice(q.start, q.end));

describe('findQuotes', () => {
  it.each([
    ['He said “We will win” and left.', ['We will win']],
    ['He said "We will win" and "soon".', ['We will win', 'soon']],
    ['“It is ‘a war crime’ and a shame,” she said.', ['It is ‘a war crime’ and a shame,']],
    ['Velayati’s words and the Hamas’ official.', []],
    ['described it as a ‘war crime’.', ['war crime']],
  ])('%s', (text, want) => {
    expect(contents(text)).toEqual(want);
  });

  it('runs over paragraphs that each open with a mark', () => {
    const text = '“First paragraph of the quote.\n\n“Second paragraph,” he said.';
    const qs = findQuotes(text);
    expect(qs).toHaveLength(1);
    expect(text.slice(qs[0]!.start, qs[0]!.end)).toBe('First paragraph of the quote.\n\n“Second paragraph,');
    expect(qs[0]!.paragraphs).toBe(2);
  });

  it('ends a never-closed quote at its paragraph instead of swallowing the document', () => {
    const text = 'He said “this never closes.\n\nThe next paragraph is narration, not a quote.';
    const qs = findQuotes(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.closed).toBe(false);
    expect(text.slice(qs[0]!.start, qs[0]!.end)).toBe('this never closes.');
  });

  it('survives a document of stray marks, and still finds the quote among them', () => {
    const marks = '” ” “ " ‘ ’ \' “\n\n"'.repeat(50);
    const text = `${marks}\n\nVelayati said: “We will win.”\n\n${marks}`;
    const found = findStatements(text, []).map((s) => [s.content, s.speaker?.text]);
    expect(found).toContainEqual(['We will win.', 'Velayati']);
  });
});

describe('findStatements on quotes', () => {
  it('reads an interrupted quote as two statements of one speaker', () => {
    const text = '“We will win,” he said, “and soon.”';
    const sts = findStatements(text, []);
    expect(sts.map((s) => [s.content, s.speaker?.text])).toEqual([
      ['We will win,', 'he'],
      ['and soon.', 'he'],
    ]);
  });

  it('keeps every span exact', () => {
    const text = 'Velayati said: “We are pleased.”\n\n“Victory is yours,” he told the Palestinian official.\n\nThe group denied it had fired, a spokesman said.';
    for (const s of findStatements(text, [])) {
      expect(text.slice(s.start, s.end)).toBe(s.content);
      for (const r of [s.cue, s.speaker, s.addressee]) if (r) expect(text.slice(r.start, r.end)).toBe(r.text);
    }
  });
});

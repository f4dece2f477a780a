import { describe, expect, it } from 'vitest';
import { segmentText } from '../../src/extract/segments.js';

const cover = (text: string, limits = { maxChars: 60, maxRunWords: 5 }) => segmentText(text, limits).map((s) => text.slice(s.start, s.end));

describe('segmentText', () => {
  it('keeps ordinary text whole', () => {
    const text = 'Velayati said so. Mikdad agreed.\n\nHaniyeh added more.';
    expect(segmentText(text)).toEqual([{ start: 0, end: text.length }]);
  });

  it('cuts a run of words without a sentence end', () => {
    expect(cover('one two three four five six seven eight nine ten eleven')).toEqual([
      'one two three four five ',
      'six seven eight nine ten ',
      'eleven',
    ]);
  });

  it('closes a long segment at a sentence end, never inside a sentence', () => {
    const text = 'Iran said yes. Syria said no. Iraq said maybe. Gaza said later. Yemen said soon. Oman said never.';
    const parts = cover(text, { maxChars: 30, maxRunWords: 50 });
    expect(parts.join('')).toBe(text);
    expect(parts.every((p) => /[.]\s*$/.test(p))).toBe(true);
    expect(parts.length).toBeGreaterThan(1);
  });
});

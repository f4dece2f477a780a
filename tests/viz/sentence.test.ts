import { describe, expect, it } from 'vitest';
import { cutSentence } from '../../src/viz/sentence.js';

const TEXT = 'First sentence here. Velayati considered Hezbollah to be “the flag-bearer of struggle.” Next one.\n\nNew paragraph “quoted,” he said.';

function cut(phrase: string) {
  const start = TEXT.indexOf(phrase);
  return cutSentence(TEXT, { start, end: start + phrase.length }, [{ start, end: start + phrase.length, kind: 'quote' }]);
}

describe('cutSentence', () => {
  it.each([
    ['the flag-bearer of struggle.', 'Velayati considered Hezbollah to be “the flag-bearer of struggle.”'],
    ['Hezbollah', 'Velayati considered Hezbollah to be “the flag-bearer of struggle.”'],
    ['First', 'First sentence here.'],
    ['quoted,', 'New paragraph “quoted,” he said.'],
    ['Next', 'Next one.'],
  ])('%s → %s', (phrase, sentence) => {
    const c = cut(phrase);
    expect(c.text).toBe(sentence);
    expect(TEXT.slice(c.offset, c.offset + c.text.length)).toBe(c.text);
    const m = c.marks[0]!;
    expect(c.text.slice(m.start, m.end)).toBe(phrase);
  });

  it('clips a very long stretch around the statement, and says so', () => {
    const long = `${'word '.repeat(400)}“core words” ${'more '.repeat(400)}.`;
    const start = long.indexOf('core');
    const c = cutSentence(long, { start, end: start + 10 }, [{ start, end: start + 10, kind: 'quote' }]);
    expect(c.text.length).toBeLessThanOrEqual(700);
    expect(c.clippedStart && c.clippedEnd).toBe(true);
    expect(c.text.slice(c.marks[0]!.start, c.marks[0]!.end)).toBe('core words');
  });
});

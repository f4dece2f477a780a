import type { Range } from './spans.js';

/** The most of a document shown on either side of one statement. */
const REACH = 300;
const SENTENCE_END = /[.!?]["”’')\]]*(?=\s)|\n/gu;

/**
 * The sentence (or sentences) of `text` that hold `range`, so a wrong speaker can be judged where
 * it stands: from the end of the sentence before to the end of the last one, within the
 * paragraph and at most REACH characters on either side. White space is squeezed.
 */
export function sentenceAround(text: string, range: Range): string {
  const from = Math.max(0, range.start - REACH);
  let start = from;
  for (const m of text.slice(from, range.start).matchAll(SENTENCE_END)) start = from + m.index + m[0].length;
  const tail = text.slice(range.end, range.end + REACH);
  const stop = new RegExp(SENTENCE_END.source, 'u').exec(tail);
  const end = range.end + (stop ? stop.index + stop[0].length : tail.length);
  const cutBefore = start === from && from > 0;
  const cutAfter = !stop && range.end + REACH < text.length;
  return `${cutBefore ? '…' : ''}${text.slice(start, end)}${cutAfter ? '…' : ''}`.replace(/\s+/gu, ' ').trim();
}

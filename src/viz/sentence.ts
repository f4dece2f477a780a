import type { SentenceMark } from './api-types.js';

/** The longest stretch of text shown for one statement; longer ones are clipped around it. */
const MAX_LENGTH = 700;

export interface SentenceSpan {
  start: number;
  end: number;
  kind: SentenceMark['kind'];
  entityId?: string;
  stance?: SentenceMark['stance'];
}

export interface CutSentence {
  text: string;
  /** Where `text` begins in the document. */
  offset: number;
  marks: SentenceMark[];
  clippedStart: boolean;
  clippedEnd: boolean;
}

const END = /[.!?]/;
const CLOSERS = /["'”’»)\]]/;

/** Whether a sentence ends just before `i` (a full stop and its closing marks, then space). */
function endsBefore(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && CLOSERS.test(text[j]!)) j--;
  return j >= 0 && END.test(text[j]!) && /\s/.test(text[i] ?? ' ');
}

/**
 * Cut the sentence(s) around `core` (the statement with its speaker and cue) out of `text`:
 * from the start of the sentence holding its start to the end of the sentence holding its end.
 * Paragraph breaks bound sentences too. `spans` (document offsets) become marks relative to the
 * cut text, clipped to it.
 */
export function cutSentence(text: string, core: { start: number; end: number }, spans: SentenceSpan[]): CutSentence {
  let start = core.start;
  // Back to just after the previous sentence's end (its full stop, closing marks, then a space).
  while (start > 0 && text[start - 1] !== '\n' && !endsBefore(text, start - 1)) start--;
  let end = core.end;
  while (end < text.length && text[end] !== '\n' && !endsBefore(text, end)) end++;
  let clippedStart = false;
  let clippedEnd = false;
  if (end - start > MAX_LENGTH) {
    const spare = Math.max(0, MAX_LENGTH - (core.end - core.start));
    if (core.start - start > spare / 2) {
      start = Math.max(start, core.start - Math.floor(spare / 2));
      clippedStart = true;
    }
    if (end - core.end > spare / 2) {
      end = Math.min(end, core.end + Math.ceil(spare / 2));
      clippedEnd = true;
    }
  }
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  const marks: SentenceMark[] = [];
  for (const s of spans) {
    const a = Math.max(s.start, start);
    const b = Math.min(s.end, end);
    if (b <= a) continue;
    const mark: SentenceMark = { start: a - start, end: b - start, kind: s.kind };
    if (s.entityId) mark.entityId = s.entityId;
    if (s.stance) mark.stance = s.stance;
    marks.push(mark);
  }
  return { text: text.slice(start, end), offset: start, marks, clippedStart, clippedEnd };
}

/**
 * Where to cut a text so that no NLP pass sees too much at once. compromise's time grows with the
 * square of a sentence's length (4,000 words without a full stop take seconds), and a 50 MB
 * article would hold its whole parse in memory; news articles are far below both limits and stay
 * one segment, so ordinary extraction is unchanged.
 */
export interface Segment {
  start: number;
  end: number;
}

export interface SegmentLimits {
  /** A segment closes at the first sentence end after this many characters. */
  maxChars: number;
  /** Words without a sentence end before a run is cut at a space anyway. */
  maxRunWords: number;
}

export const DEFAULT_LIMITS: SegmentLimits = { maxChars: 50_000, maxRunWords: 200 };

const WORD = /\S+/g;
const SENTENCE_END = /[.!?…]["'”’»)\]]*$/;

/** Cut `text` into consecutive segments covering it exactly; one segment for ordinary text. */
export function segmentText(text: string, limits: SegmentLimits = DEFAULT_LIMITS): Segment[] {
  const cuts: number[] = [];
  let segStart = 0;
  let runWords = 0;
  let afterStop = false;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const at = m.index;
    const tooLong = at - segStart >= limits.maxChars && afterStop;
    if (runWords >= limits.maxRunWords || tooLong) {
      cuts.push(at);
      segStart = at;
      runWords = 0;
    }
    afterStop = SENTENCE_END.test(m[0]);
    runWords = afterStop ? 0 : runWords + 1;
  }
  const segments: Segment[] = [];
  let from = 0;
  for (const cut of cuts) {
    segments.push({ start: from, end: cut });
    from = cut;
  }
  segments.push({ start: from, end: text.length });
  return segments;
}

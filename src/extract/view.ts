/**
 * The text the NLP reads, and the way back to the document's offsets.
 *
 * Two kinds of input make extraction go wrong or slow, and both are fixed on a *view* of the text
 * rather than on the text itself, so that every offset in the snapshot still points into the
 * document exactly as read:
 *
 * - Decomposed accents (NFD: "Jose\u0301") split names for the tokenizer ("Jose", "a Aznar"). The
 *   view composes each base letter and its combining marks (NFC), which can shorten the text.
 * - Pathological runs make compromise's tokenizer quadratic (it shifts punctuation off a token
 *   one character at a time and re-tests the whole token for each): a run of quotation marks,
 *   dashes, dots or emoji, such runs with spaces between, or one very long token. No language
 *   lives there, so the view blanks them with spaces of the same length: long punctuation and
 *   symbol stretches wholly, and a long token beyond its first MAX_TOKEN characters.
 * - Characters that are not text — control characters, lone surrogates and U+FFFD (what input/
 *   puts in place of a lone surrogate) — hide the name beside them from the tokenizer; the view
 *   blanks each with one space.
 *
 * `toOriginal` maps a view offset back; spans found on the view are mapped through it and their
 * text re-sliced from the original (see fromView in shift.ts).
 */

/** More non-space punctuation or symbols than this between two words is decoration, not language. */
export const MAX_MARKS_BETWEEN_WORDS = 10;
/** Characters of one token (a run without white space) the NLP sees; a URL fits, a megabyte of garbage does not. */
export const MAX_TOKEN = 100;

export interface TextView {
  /** The text the NLP reads. */
  text: string;
  /** True when `text` is the original itself: spans need no mapping. */
  identical: boolean;
  /** The original offset of view offset `at` (0 ≤ at ≤ text.length); monotone. */
  toOriginal(at: number): number;
}

/** A stretch where view and original differ in length: view [viewStart, viewEnd) is original [origStart, origEnd). */
interface Edit {
  viewStart: number;
  viewEnd: number;
  origStart: number;
  origEnd: number;
}

/** A base character followed by combining marks: where NFC can compose. */
const CLUSTER = /\P{M}\p{M}+/gu;
const HAS_MARK = /\p{M}/u;
/** Runs of characters that are neither letters, digits nor marks (white space included). */
const BETWEEN_WORDS = new RegExp(`[^\\p{L}\\p{N}\\p{M}]{${MAX_MARKS_BETWEEN_WORDS + 1},}`, 'gu');
const LONG_TOKEN = new RegExp(`\\S{${MAX_TOKEN + 1},}`, 'g');
/** Control characters (not tab or line breaks), U+FFFD, and lone surrogates: one space each. */
const NOT_TEXT = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufffd]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Compose decomposed clusters (NFC), recording where the length changed. */
function compose(text: string): { text: string; edits: Edit[] } {
  if (!HAS_MARK.test(text)) return { text, edits: [] };
  const edits: Edit[] = [];
  let out = '';
  let from = 0;
  let shift = 0;
  for (const m of text.matchAll(CLUSTER)) {
    const composed = m[0].normalize('NFC');
    if (composed === m[0]) continue;
    const at = m.index;
    out += text.slice(from, at) + composed;
    from = at + m[0].length;
    if (composed.length !== m[0].length) edits.push({ viewStart: at - shift, viewEnd: at - shift + composed.length, origStart: at, origEnd: from });
    shift += m[0].length - composed.length;
  }
  return from === 0 ? { text, edits } : { text: out + text.slice(from), edits };
}

/** Spaces for every non-space character of `run` (one per UTF-16 unit, so lengths stay equal). */
function blank(run: string): string {
  return run.replace(/\S/g, ' ');
}

/** Blank what is not text and the pathological runs; the length never changes. */
function blankRuns(text: string): string {
  let out = text.replace(NOT_TEXT, ' ');
  out = out.replace(BETWEEN_WORDS, (run) => {
    let marks = 0;
    for (const ch of run) if (!/\s/.test(ch) && ++marks > MAX_MARKS_BETWEEN_WORDS) return blank(run);
    return run;
  });
  out = out.replace(LONG_TOKEN, (token) => {
    // Never keep half of a surrogate pair.
    const keep = /[\ud800-\udbff]/.test(token[MAX_TOKEN - 1]!) ? MAX_TOKEN - 1 : MAX_TOKEN;
    return token.slice(0, keep) + ' '.repeat(token.length - keep);
  });
  return out;
}

/** The view of `original` that the NLP reads (see the module comment). */
export function textView(original: string): TextView {
  const composed = compose(original);
  const text = blankRuns(composed.text);
  const { edits } = composed;
  const identical = text === original;
  if (edits.length === 0) return { text: identical ? original : text, identical, toOriginal: (at) => at };
  return { text, identical: false, toOriginal: (at) => mapBack(edits, at) };
}

/** The original offset of view offset `at`, through the length-changing edits (sorted by position). */
function mapBack(edits: Edit[], at: number): number {
  let lo = 0;
  let hi = edits.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (edits[mid]!.viewStart <= at) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (last < 0) return at;
  const e = edits[last]!;
  // Inside a composed cluster, stay inside it (monotone); the span's text is re-sliced anyway.
  if (at < e.viewEnd) return Math.min(e.origStart + (at - e.viewStart), e.origEnd - 1);
  return e.origEnd + (at - e.viewEnd);
}

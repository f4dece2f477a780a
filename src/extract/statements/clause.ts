import type { Candidate, Words } from './candidate.js';
import type { CueHit } from './cue-at.js';
import type { Phrase } from './phrases.js';
import type { Quote } from './quotes.js';
import type { Sentence } from './sentences.js';
import { isAbbreviation, type Token } from './tokens.js';

/** The offsets of a phrase's words. */
export const words = (toks: readonly Token[], p: Phrase | null): Words | null =>
  p && { start: toks[p.first]!.start, end: endOf(toks, p.last), kind: p.kind };

/** Where the words ending at token `last` end: with the full stop of an abbreviation ("The S.E.C."). */
export function endOf(toks: readonly Token[], last: number): number {
  const t = toks[last]!;
  const stop = toks[last + 1];
  return stop?.text === '.' && stop.start === t.end && isAbbreviation(t) && t.text.length > 1 ? stop.end : t.end;
}

/** Verbs of being before a progressive cue ("is warning"). */
export const BE = new Set(['is', 'are', 'was', 'were', 'been', 'be', '’s', "'s", 'isn’t', "isn't", 'wasn’t', 'keeps', 'kept']);
/** Words that start an adjunct after a cue ("said on Thursday", "said last week"). */
export const ADJUNCT_START = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'last', 'this', 'late', 'earlier', 'yesterday', 'today', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Trim a content range to its words: no edge spaces, commas or a final full stop. */
function trimContent(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s,:;—–]/u.test(text[start]!)) start++;
  while (end > start && /[\s,;:.—–]/u.test(text[end - 1]!)) end--;
  return [start, end];
}

/** One sentence being read for reported speech, and what was found in it. */
export interface Context {
  text: string;
  sentence: Sentence;
  toks: Token[];
  quotes: readonly Quote[];
  out: Candidate[];
}

/** Add a statement for the words in `range`; a quote inside makes it partial. */
export function push(ctx: Context, cue: CueHit | null, cls: string | null, range: [number, number], speaker: Words | null, addressee: Words | null, confidence: number, rule: string, cueSpan?: { start: number; end: number }): void {
  const [start, trimmed] = trimContent(ctx.text, range[0], range[1]);
  // "described the attack as a ‘war crime’ on Monday": the time is the describing's, not the words'
  const adjunct = /[’'”"]\s+(?:on|last|this|late|early|earlier)\s+\p{L}+(?:\s+\p{L}+)?$/u.exec(ctx.text.slice(start, trimmed));
  const end = adjunct ? start + adjunct.index + 1 : trimmed;
  const content = ctx.text.slice(start, end);
  if (content.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length < 2) return;
  const partial = ctx.quotes.some((q) => q.start >= start && q.end <= end && (q.double || /\s/u.test(ctx.text.slice(q.start, q.end))));
  ctx.out.push({
    kind: partial ? 'partial' : 'indirect',
    start,
    end,
    cue: cueSpan ?? (cue && { start: ctx.toks[cue.first]!.start, end: ctx.toks[cue.last]!.end }),
    cueClass: cls,
    speaker,
    addressee,
    inherit: false,
    confidence,
    paragraph: ctx.sentence.paragraph,
    rule,
  });
}


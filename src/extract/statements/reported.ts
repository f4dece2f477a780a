import type { Candidate, Words } from './candidate.js';
import { cueAt, type CueHit } from './cue-at.js';
import { phraseEndingAt, phraseStartingAt, preferName, skipLeft, skipRight, type Phrase } from './phrases.js';
import { quoteAt, type Quote } from './quotes.js';
import type { Sentence } from './sentences.js';
import { tokenize, type Token } from './tokens.js';

const words = (toks: readonly Token[], p: Phrase | null): Words | null =>
  p && { start: toks[p.first]!.start, end: toks[p.last]!.end, kind: p.kind };

const BE = new Set(['is', 'are', 'was', 'were', 'been', 'be', '’s', "'s", 'isn’t', "isn't", 'wasn’t', 'keeps', 'kept']);
const ADJUNCT_START = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'last', 'this', 'late', 'earlier', 'yesterday', 'today', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Trim a content range to its words: no edge spaces, commas or a final full stop. */
function trimContent(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s,:;—–]/u.test(text[start]!)) start++;
  while (end > start && /[\s,;:.—–]/u.test(text[end - 1]!)) end--;
  return [start, end];
}

interface Context {
  text: string;
  sentence: Sentence;
  toks: Token[];
  quotes: readonly Quote[];
  out: Candidate[];
}

function push(ctx: Context, cue: CueHit | null, cls: string | null, range: [number, number], speaker: Words | null, addressee: Words | null, confidence: number, rule: string, cueSpan?: { start: number; end: number }): void {
  const [start, end] = trimContent(ctx.text, range[0], range[1]);
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

/** "according to X, …" / "…, according to X." / "… , according to X, …" */
function accordingTo(ctx: Context, i: number): boolean {
  const { toks, sentence } = ctx;
  if (toks[i]!.lower !== 'according' || toks[i + 1]?.lower !== 'to') return false;
  const speaker = phraseStartingAt(toks, i + 2);
  if (!speaker) return false;
  const cueSpan = { start: toks[i]!.start, end: toks[i + 1]!.end };
  const after = toks[speaker.last + 1];
  const begin = toks[i - 1]?.text === ',' || i === 0;
  let range: [number, number];
  if (i === 0) range = [after?.start ?? sentence.end, sentence.end];
  else if (begin && (!after || /[.!?]/.test(after.text))) range = [sentence.start, toks[i - 1]!.start];
  else range = [sentence.start, sentence.end];
  push(ctx, null, 'say', range, words(toks, speaker), null, 0.75, 'according-to', cueSpan);
  return true;
}

/** The end of the sentence's own words, before a final quote mark is counted. */
const sentenceEnd = (ctx: Context) => ctx.sentence.end;

function reportedAt(ctx: Context, i: number, taken: ReadonlySet<number>): void {
  const { toks, text } = ctx;
  const cue = cueAt(toks, i);
  if (!cue || taken.has(toks[i]!.start) || quoteAt(ctx.quotes, toks[i]!.start)) return;
  const next = toks[cue.last + 1];
  const prevTok = toks[i - 1];
  const cls = cue.form.cls;

  // "Trump is warning that …": a progressive is a finite verb
  const progressive = cue.form.participle && !!prevTok && BE.has(prevTok.lower);
  if (cue.form.participle && !progressive) {
    // "…, saying that …" / "…, adding …": the subject of the clause is the speaker, found later
    if (prevTok?.text !== ',' || !next) return;
    let from = cue.last + 1;
    if (cue.form.takesAddressee) {
      const a = phraseStartingAt(toks, from, true);
      if (a) from = a.last + 1;
    }
    if (toks[from]?.lower === 'that') from++;
    const subject = phraseStartingAt(toks, 0);
    if (!subject || !toks[from]) return;
    push(ctx, cue, cls, [toks[from]!.start, sentenceEnd(ctx)], words(toks, subject), null, 0.6, 'participle');
    return;
  }

  const left = skipLeft(toks, progressive ? i - 1 : i);
  const found = phraseEndingAt(toks, left, 0);
  const subject = found && preferName(toks, found);
  // "…, X said." / "…, said X.": the content comes first
  let inverted = prevTok?.text === ',' ? phraseStartingAt(toks, skipRight(toks, cue.last)) : null;
  // "…, said X." ends there; "…, said Tehran and Damascus are …" is no inversion
  if (inverted && toks[inverted.last + 1] && !/^[.,;!?]$/u.test(toks[inverted.last + 1]!.text)) inverted = null;
  const tailFrom = inverted ? inverted.last + 1 : cue.last + 1;
  const tail = toks.slice(tailFrom);
  const shortTail = (tail.length <= 8 && !tail.some((t) => t.lower === 'that' || t.text === ':' || t.text === '“')) || tail[0]?.text === ',';
  const subjectAfterComma = subject && toks[subject.first - 1]?.text === ',' && subject.first - 1 >= 2;
  if (shortTail && (inverted || subjectAfterComma)) {
    const who = inverted ?? subject!;
    const commaAt = inverted ? i - 1 : subject!.first - 1;
    push(ctx, cue, cls, [ctx.sentence.start, toks[commaAt]!.start], words(toks, who), null, 0.75, 'content-first');
    return;
  }
  if (!subject || !next) return;
  // "a single front called the Axis of Resistance": a name given, not words said
  if (cls === 'describe' && /^(?:a|an)$/u.test(toks[subject.first]!.lower)) return;
  if (cue.form.weak) {
    const ok = next.lower === 'that' || next.text === ':' || next.text === '“' || next.text === '"' || next.text === '‘' || subject.kind === 'pronoun' || (subject.kind === 'name' && next.cap);
    if (!ok) return;
  }
  // a subject inside a subordinate "who…" clause or a noun before a verb of being is no speaker
  if (toks[subject.first - 1]?.lower === 'the' && subject.kind !== 'description') return;
  let from = cue.last + 1;
  let addressee: Phrase | null = null;
  if (cue.form.takesAddressee) {
    addressee = phraseStartingAt(toks, from, true);
    if (addressee) from = addressee.last + 1;
  }
  // "said on Thursday that …" / "said in a statement that …"
  if (toks[from] && ADJUNCT_START.has(toks[from]!.lower)) {
    for (let k = from; k < Math.min(toks.length, from + 8); k++) {
      if (toks[k]!.lower === 'that') {
        from = k + 1;
        break;
      }
    }
  }
  if (toks[from]?.lower === 'that' || toks[from]?.text === ':') from++;
  if (!toks[from]) return;
  const confidence = subject.kind === 'name' ? 0.75 : 0.7;
  push(ctx, cue, cls, [toks[from]!.start, sentenceEnd(ctx)], words(toks, subject), words(toks, addressee), confidence, 'subject-cue');
  void text;
}

/**
 * Reported speech in one sentence: "X said (that) …", "X told Y (that) …", "…, X said.",
 * "…, said X.", "according to X, …", "…, saying …". A statement whose words include a quotation
 * is a partial quote. Cues inside quotations, and cues already used by a direct quote, are skipped.
 */
export function findReported(text: string, sentence: Sentence, quotes: readonly Quote[], taken: ReadonlySet<number>): Candidate[] {
  const toks = tokenize(text, sentence.start, sentence.end);
  const ctx: Context = { text, sentence, toks, quotes, out: [] };
  for (let i = 0; i < toks.length; i++) {
    if (!toks[i]!.word) continue;
    if (accordingTo(ctx, i)) continue;
    reportedAt(ctx, i, taken);
  }
  return ctx.out;
}

import type { Candidate, Words } from './candidate.js';
import { cueAt, type CueHit } from './cue-at.js';
import { phraseEndingAt, phraseStartingAt, preferName, skipLeft, skipRight, SPEAKER_NOUNS, type Phrase } from './phrases.js';
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

// Content never starts with these: "said in a phone interview", "spoke about", "said before he died".
const NOT_CONTENT = new Set(['from', 'for', 'with', 'at', 'in', 'on', 'into', 'about', 'during', 'after', 'before', 'since', 'when', 'while', 'because', 'although', 'though', 'until', 'where', 'against', 'via']);
const TIME = /^(?:last|this|next|yesterday|today|tonight|earlier|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|morning|afternoon|evening|night)$/u;
// Weak cues that take a person as object ("calls Obamacare a crazy system", "blasted Clinton").
const OBJECT_WEAK = new Set(['demand', 'call', 'praise', 'blame', 'thank', 'attack', 'charge', 'question', 'welcome', 'dismiss', 'reject', 'quote', 'cite', 'salute']);

/** A headline in Title Case ("Lindsey Graham Says Trump Could …"): most longer words capitalised. */
function titleCase(toks: readonly Token[]): boolean {
  const long = toks.filter((t) => t.word && t.text.length > 3);
  return long.length >= 3 && long.filter((t) => t.cap).length >= 0.8 * long.length;
}

/** Whether a subject phrase can speak: not a possessive ("Editor’s note"), not an adverb. */
function canSpeak(toks: readonly Token[], p: Phrase): boolean {
  const last = toks[p.last]!;
  if (/[’']s$/u.test(last.text)) return false; // "Editor’s note", "X’s call"
  return p.kind !== 'description' || !/ly$/u.test(last.lower);
}

/** "…, X said." / "…, said X.": the content comes first; returns true when it did. */
function contentFirst(ctx: Context, i: number, cue: CueHit, subject: Phrase | null): boolean {
  const { toks } = ctx;
  const prevTok = toks[i - 1];
  let inverted = prevTok?.text === ',' ? phraseStartingAt(toks, skipRight(toks, cue.last)) : null;
  // "…, said X." ends there; "…, said Tehran and Damascus are …" is no inversion
  if (inverted && toks[inverted.last + 1] && !/^[.,;!?]$/u.test(toks[inverted.last + 1]!.text)) inverted = null;
  const who = inverted ?? subject;
  if (!who) return false;
  const commaAt = inverted ? i - 1 : who.first - 1;
  if (toks[commaAt]?.text !== ',' || commaAt < 2) return false;
  const tail = toks.slice(inverted ? inverted.last + 1 : cue.last + 1);
  const t0 = tail[0];
  // after the attribution: nothing, an adjunct ("on Thursday"), an addressee, or a comma and more
  const tailOk = !t0 || /^[.;!?—)]$/u.test(t0.text) || ADJUNCT_START.has(t0.lower) || (cue.form.takesAddressee && tail.length <= 5) || t0.text === ',';
  if (!tailOk || tail.some((t) => t.lower === 'that' || t.text === ':')) return false;
  const before: [number, number] = [ctx.sentence.start, toks[commaAt]!.start];
  const closing = tail.findIndex((t) => t.text === ',');
  if (toks.slice(0, commaAt).filter((t) => t.word).length < 4) {
    // "Acts of protest, Mr. Obama said, are acts of patriotism": the attribution splits the sentence
    if (closing < 0 || closing > 8 || tail.length - closing < 4 || cueAt(tail, closing + 1)?.form.participle) return false;
    push(ctx, cue, cue.form.cls, [ctx.sentence.start, ctx.sentence.end], words(toks, who), null, 0.65, 'content-around');
    return true;
  }
  let range = before;
  if (t0?.text === ',' && tail.length > 2) {
    // "During his years in office, Mr. Obama said, a majority …": the longer side is what was said
    const after: [number, number] = [tail[1]!.start, ctx.sentence.end];
    const participle = cueAt(tail, 1)?.form.participle;
    if (!participle && after[1] - after[0] > before[1] - before[0]) range = after;
  }
  push(ctx, cue, cue.form.cls, range, words(toks, who), null, 0.75, 'content-first');
  return true;
}

function reportedAt(ctx: Context, i: number, taken: ReadonlySet<number>): void {
  const { toks } = ctx;
  const cue = cueAt(toks, i);
  if (!cue || taken.has(toks[i]!.start) || quoteAt(ctx.quotes, toks[i]!.start)) return;
  // a capitalised cue inside a sentence is a name ("Stevie Wonder", "Washington Post"), not a verb
  if (toks[i]!.cap && i > 0 && !titleCase(toks)) return;
  const next = toks[cue.last + 1];
  const prevTok = toks[i - 1];
  const cls = cue.form.cls;

  // "Trump is warning that …": a progressive is a finite verb
  const progressive = cue.form.participle && !!prevTok && BE.has(prevTok.lower);
  if (cue.form.participle && !progressive) {
    // "…, saying that …" / "…, adding …": the subject of the clause is the speaker, found later
    // after a comma, also one inside a closing quote: ‘…,” adding that …’
    const afterComma = prevTok?.text === ',' || (/^[”"’']$/u.test(prevTok?.text ?? '') && toks[i - 2]?.text === ',');
    if (!afterComma || !next) return;
    let from = cue.last + 1;
    if (cue.form.takesAddressee) {
      const a = phraseStartingAt(toks, from, true);
      if (a) from = a.last + 1;
    }
    if (toks[from]?.lower === 'that') from++;
    const subject = phraseStartingAt(toks, 0);
    if (!toks[from] || NOT_CONTENT.has(toks[from]!.lower)) return;
    push(ctx, cue, cls, [toks[from]!.start, ctx.sentence.end], words(toks, subject), null, 0.6, 'participle');
    return;
  }

  const left = skipLeft(toks, progressive ? i - 1 : i);
  let found = phraseEndingAt(toks, left, 0);
  // "…, a developer who said he was stiffed": the one "who" stands for
  if (!found && /^(?:who|which)$/u.test(toks[left]?.lower ?? '')) {
    const before = toks[left - 1]?.text === ',' ? left - 2 : left - 1;
    found = phraseEndingAt(toks, before, 0);
  }
  // "The nominee outlined his plan and vowed to …": the subject of the first verb
  if (!found && /^(?:and|but)$/u.test(toks[left]?.lower ?? '')) {
    const first = phraseStartingAt(toks, 0);
    if (first && first.last < left - 1) found = first;
  }
  const subject = found && canSpeak(toks, found) ? preferName(toks, found) : null;
  if (contentFirst(ctx, i, cue, subject)) return;
  if (!subject || !next) return;
  if (cue.form.weak) {
    const person = subject.kind !== 'description' || SPEAKER_NOUNS.has(toks[subject.last]!.lower) || toks.slice(subject.first + 1, subject.last + 1).some((t) => t.cap);
    const quoted = ctx.quotes.some((q) => q.open > toks[i]!.start && q.open < ctx.sentence.end);
    const infinitive = next.lower === 'to' && (cls === 'promise' || cls === 'warn' || cls === 'ask');
    const clause = (next.lower === 'that' && cls !== 'describe') || next.text === ':' || /^[“"‘]$/u.test(next.text) || quoted || infinitive;
    const object = subject.kind !== 'description' && next.cap && OBJECT_WEAK.has(cue.form.lemma);
    if (!person || !(clause || subject.kind === 'pronoun' || object)) return;
  }
  // "a single front called the Axis of Resistance": a name given, not words said
  if (cls === 'describe' && /^(?:a|an)$/u.test(toks[subject.first]!.lower)) return;
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
  while (toks[from] && TIME.test(toks[from]!.lower) && from < cue.last + 4) from++;
  const complement = toks[from]?.lower === 'that' || toks[from]?.text === ':';
  if (complement || toks[from]?.text === ',') from++;
  const w = toks[from]?.lower ?? '';
  // "congratulated him on …", "criticized her for …" are what was said; "spoke about …" is not
  const reason = (cls === 'praise' || cls === 'accuse') && (w === 'on' || w === 'for');
  if (!toks[from] || (!complement && !reason && NOT_CONTENT.has(w))) return;
  const confidence = subject.kind === 'name' ? 0.75 : 0.7;
  push(ctx, cue, cls, [toks[from]!.start, ctx.sentence.end], words(toks, subject), words(toks, addressee), confidence, 'subject-cue');
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
  // "Clinton had told police that A, the source added": A ends where the outer attribution begins
  for (const a of ctx.out) {
    if (a.rule !== 'subject-cue') continue;
    for (const b of ctx.out) {
      if (b.rule === 'content-first' && b.speaker && b.speaker.start > a.start && b.speaker.start < a.end && b.end > a.start) a.end = Math.min(a.end, b.end);
    }
  }
  return ctx.out;
}

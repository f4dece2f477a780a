import { cueAt, type CueHit } from './cue-at.js';
import { ADJUNCT_START, type Context, push, words } from './clause.js';
import { appositiveName, phraseStartingAt, skipRight, type Phrase } from './phrases.js';
import { titledNameAt } from './titled.js';

/** "according to X, …" / "…, according to X." / "… , according to X, …" */
export function accordingTo(ctx: Context, i: number): boolean {
  const { toks, sentence } = ctx;
  if (toks[i]!.lower !== 'according' || toks[i + 1]?.lower !== 'to') return false;
  const found = phraseStartingAt(toks, i + 2);
  if (!found) return false;
  const speaker = appositiveName(toks, found);
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

/** "…, X said." / "…, said X.": the content comes first; returns true when it did. */
export function contentFirst(ctx: Context, i: number, cue: CueHit, subject: Phrase | null): boolean {
  const { toks } = ctx;
  const prevTok = toks[i - 1];
  const at = skipRight(toks, cue.last);
  let inverted = prevTok?.text === ',' ? phraseStartingAt(toks, at) ?? titledNameAt(toks, at) : null;
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
  // "…, Lohmar said, adding that …": the participle's clause is a statement of its own
  const participleAt = tail.findIndex((t, k) => t.text === ',' && cueAt(tail, k + 1)?.form.participle);
  const own = participleAt >= 0 ? tail.slice(0, participleAt) : tail;
  if (!tailOk || own.some((t) => t.lower === 'that' || t.text === ':')) return false;
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


const QUESTION_START = /^(?:if|whether|what|who|whom|which|why|how|when|where|about|to|for)$/u;

/**
 * "Asked whether he would run, Smith said …", "When asked by reporters about the deal, …": the
 * question put to someone, up to the comma. Its speaker is the asker when the text names one
 * ("asked by Stephanopoulos"), else no one.
 */
export function askedClause(ctx: Context, i: number): boolean {
  const { toks } = ctx;
  if (toks[i]!.lower !== 'asked' || !(i === 0 || (i === 1 && toks[0]!.lower === 'when'))) return false;
  let from = i + 1;
  let asker: Phrase | null = null;
  if (toks[from]?.lower === 'by') {
    asker = phraseStartingAt(toks, from + 1, true);
    if (!asker) return false;
    from = asker.last + 1;
  }
  // "asked on Fox News whether …": over a short adjunct
  if (toks[from] && /^(?:on|in|at|during)$/u.test(toks[from]!.lower)) {
    let k = from + 1;
    while (k < from + 6 && toks[k] && !QUESTION_START.test(toks[k]!.lower)) k++;
    if (!toks[k] || !QUESTION_START.test(toks[k]!.lower)) return false;
    from = k;
  }
  if (!toks[from] || !(QUESTION_START.test(toks[from]!.lower) || /^(?:specifically|again|directly|later)$/u.test(toks[from]!.lower))) return false;
  const comma = toks.findIndex((t, k) => k > from && t.text === ',');
  if (comma < 0) return false;
  push(ctx, null, 'ask', [toks[from]!.start, toks[comma]!.start], words(toks, asker), null, 0.6, 'asked', { start: toks[i]!.start, end: toks[i]!.end });
  return true;
}

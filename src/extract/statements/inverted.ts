import { cueAt, type CueHit } from './cue-at.js';
import { ADJUNCT_START, type Context, push, words } from './clause.js';
import { phraseStartingAt, skipRight, type Phrase } from './phrases.js';

/** "according to X, …" / "…, according to X." / "… , according to X, …" */
export function accordingTo(ctx: Context, i: number): boolean {
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

/** "…, X said." / "…, said X.": the content comes first; returns true when it did. */
export function contentFirst(ctx: Context, i: number, cue: CueHit, subject: Phrase | null): boolean {
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


import { cueAt } from './cue-at.js';
import type { Candidate } from './candidate.js';
import { ADJUNCT_START, BE, type Context, push, words } from './clause.js';
import { accordingTo, askedClause, contentFirst } from './inverted.js';
import { DETERMINERS, phraseEndingAt, phraseStartingAt, preferName, skipLeft, SPEAKER_NOUNS, type Phrase } from './phrases.js';
import { quoteAt, type Quote } from './quotes.js';
import type { Sentence } from './sentences.js';
import { tokenize, type Token } from './tokens.js';

// Content never starts with these: "said in a phone interview", "spoke about", "said before he died".
const NOT_CONTENT = new Set(['from', 'for', 'with', 'at', 'in', 'on', 'into', 'about', 'during', 'after', 'before', 'since', 'when', 'while', 'because', 'although', 'though', 'until', 'where', 'against', 'via']);
const TIME = /^(?:last|this|next|yesterday|today|tonight|earlier|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|morning|afternoon|evening|night)$/u;
// Verbs by which evidence, not a person, says something, and the heads of such evidence.
const EVIDENTIAL = new Set(['show', 'suggest', 'indicate', 'reveal', 'imply', 'estimate', 'predict', 'consider']);
const INANIMATE = /^(?:data|photos?|videos?|images?|footage|pictures?|models?|figures|numbers|results|evidence|belief|wisdom|theory|thinking|logic|research|records|documents|chart|graph|map|trend|trends|analysis|calculations|statistics|forecast|projections?)$/u;
// Beliefs that "say" things ("common wisdom says"): no one's words, whatever the verb.
const BELIEF = /^(?:belief|wisdom|theory|thinking|logic)$/u;
// Verbs that also name a move in a game ("replied with a goal", "added another").
const REJOINDER = new Set(['reply', 'respond', 'answer', 'add', 'retort']);
// Verbs whose plain object is a thing, not words: their statements need a clause.
const OBJECT_ONLY = new Set(['cite', 'report', 'reveal', 'disclose', 'publish', 'quote', 'request', 'propose', 'recommend', 'point to']);
// Events, which cannot speak ("The assassination told the region …").
const EVENT_HEADS = /^(?:assassination|killing|murder|death|attack|attacks|bombing|explosion|war|invasion|shooting|crash|martyrdom|incident|event|events|victory|defeat|collapse|crisis)$/u;
// A number or an amount of money.
const QUANTITY = /^(?:[$€£¥]|\d)/u;
// Weak cues that take a person as object ("calls Obamacare a crazy system", "blasted Clinton").
const OBJECT_WEAK = new Set(['demand', 'call', 'praise', 'blame', 'thank', 'attack', 'charge', 'question', 'welcome', 'dismiss', 'reject', 'quote', 'cite', 'salute']);

// Nouns of an adjunct after a cue: "said in a statement", "said in an interview on Monday".
const ADJUNCT_NOUNS = /^(?:statement|interview|email|e-mail|release|speech|letter|conference|call|post|tweet|briefing|news|radio|television|tv|op-ed|video|remarks|appearance)$/u;

/**
 * "said on Monday the talks would resume": the first token after an adjunct of time or occasion
 * (a preposition, then days, capitalised names, articles, "statement"…), or `from` when no clause
 * follows it.
 */
function afterAdjunct(toks: readonly Token[], from: number): number {
  let k = from + 1;
  const stop = Math.min(toks.length, from + 7);
  const part = (t: Token | undefined) => !!t && (TIME.test(t.lower) || t.cap || ADJUNCT_NOUNS.test(t.lower));
  // an article goes with the adjunct only before one of its words: "in a statement", not "Monday the talks"
  while (k < stop && (part(toks[k]) || ADJUNCT_START.has(toks[k]!.lower) || (/^(?:a|an|the|his|her|its|their)$/u.test(toks[k]!.lower) && part(toks[k + 1])))) k++;
  // the clause after the adjunct opens with a subject: an article, a pronoun or a name
  const next = toks[k];
  if (!next || k === from + 1 || k >= stop) return from;
  return /^(?:the|a|an|he|she|they|it|we|i|his|her|their|its|there|this|these|those)$/u.test(next.lower) || next.cap ? k : from;
}

/** The end of the words before `end`, without the comma and spaces that close them. */
function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s,;—–]/u.test(text[end - 1]!)) end--;
  return end;
}

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
  // "Dubois went on the radio to further rebut the claim": an infinitive's subject opens the sentence
  if (found && toks[left]?.lower === 'to' && !cue.form.weak) {
    const opening = phraseStartingAt(toks, 0);
    found = opening && opening.kind !== 'description' && opening.last < left - 1 ? opening : found;
  }
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
    // a quotation right after the verb ("called it “unfair”"), not anywhere after ("state senator, called it “…”")
    const near = toks[Math.min(toks.length - 1, cue.last + 4)]!.end;
    const quoted = ctx.quotes.some((q) => q.open > toks[i]!.start && q.open < near);
    // "vowed to resign", not "requests to the province": a verb after "to", no article or name
    const verbAfter = !!toks[cue.last + 2]?.word && !toks[cue.last + 2]!.cap && !DETERMINERS.has(toks[cue.last + 2]!.lower);
    const infinitive = next.lower === 'to' && verbAfter && (cls === 'promise' || cls === 'warn' || cls === 'ask');
    const clause = (next.lower === 'that' && cls !== 'describe') || next.text === ':' || /^[“"‘]$/u.test(next.text) || quoted || infinitive;
    const object = subject.kind !== 'description' && next.cap && OBJECT_WEAK.has(cue.form.lemma);
    if (!person || !(clause || subject.kind === 'pronoun' || object)) return;
  }
  // "The assassination told the region something": an event does not speak
  if (subject.kind === 'description' && EVENT_HEADS.test(toks[subject.last]!.lower)) return;
  // "a photo showed …", "the data suggest …": evidence, not someone's words
  if ((EVIDENTIAL.has(cue.form.lemma) || BELIEF.test(toks[subject.last]!.lower)) && INANIMATE.test(toks[subject.last]!.lower)) return;
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
    let that = -1;
    for (let k = from; k < Math.min(toks.length, from + 8); k++) {
      if (toks[k]!.lower === 'that') {
        that = k;
        break;
      }
    }
    if (that >= 0) from = that + 1;
    else from = afterAdjunct(toks, from);
  }
  while (toks[from] && TIME.test(toks[from]!.lower) && from < cue.last + 4) from++;
  const complement = toks[from]?.lower === 'that' || toks[from]?.text === ':';
  if (complement || toks[from]?.text === ',') from++;
  const w = toks[from]?.lower ?? '';
  // "congratulated him on …", "criticized her for …" are what was said; "spoke about …" is not
  const reason = (cls === 'praise' || cls === 'accuse') && (w === 'on' || w === 'for' || (cls === 'accuse' && w === 'at'));
  if (!toks[from] || (!complement && !reason && NOT_CONTENT.has(w))) return;
  // "threatened him and finally killed him": a person acted on, no words reported
  const objectPronoun = /^(?:him|them|us|me)$/u.test(w) || (w === 'her' && /^(?:and|with|at|in|on|for|,|\.)$/u.test(toks[from + 1]?.lower ?? '.'));
  if (!complement && !reason && objectPronoun && !/^(?:to|that)$/u.test(toks[from + 1]?.lower ?? '')) return;
  // "the index added 0.3 per cent", "crude added $1.60": a quantity gained, not words said
  if (cue.form.lemma === 'add' && !complement && QUANTITY.test(toks[from]!.text)) return;
  // "replied just 17 seconds later", "responded a minute later when …": a move in a game
  if (REJOINDER.has(cue.form.lemma) && !complement && toks.slice(from, from + 6).some((t) => t.lower === 'later' || /^goals?$/u.test(t.lower))) return;
  // "cited the Starlight Tours", "reported the trade": a thing named, not words reported
  if (OBJECT_ONLY.has(cue.form.lemma) && !complement && toks.slice(from).filter((t) => t.word).length < 4) return;
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
    if (accordingTo(ctx, i) || askedClause(ctx, i)) continue;
    reportedAt(ctx, i, taken);
  }
  // "Clinton had told police that A, the source added": A ends where the outer attribution begins;
  // "welcomed the agreement, saying it …": the first ends where the participle's clause begins
  for (const a of ctx.out) {
    if (a.rule !== 'subject-cue') continue;
    for (const b of ctx.out) {
      if (b.rule === 'participle' && b.cue && b.cue.start > a.start && b.cue.start < a.end) a.end = trimmedEnd(text, a.start, b.cue.start);
      if (b.rule === 'content-first' && b.speaker && b.speaker.start > a.start && b.speaker.start < a.end && b.end > a.start) a.end = Math.min(a.end, b.end);
      // "He denied wrongdoing, and his supporters argue …": the second clause has a speaker of its own
      if (b.rule === 'subject-cue' && b.speaker && b.speaker.start > a.start && b.speaker.start < a.end) {
        const head = text.slice(a.start, b.speaker.start);
        const joined = /[,;]\s*(?:and|but)\s+$/u.exec(head);
        if (joined) a.end = trimmedEnd(text, a.start, a.start + joined.index);
      }
    }
  }
  return ctx.out;
}

import type { Candidate } from './candidate.js';
import { words } from './clause.js';
import { cueAt, type CueHit } from './cue-at.js';
import { phraseEndingAt, phraseStartingAt, preferName, skipLeft, skipRight, type Phrase } from './phrases.js';
import type { Quote } from './quotes.js';
import { type Sentence, sentenceAt } from './sentences.js';
import { nameAfterTitle, titledNameAt } from './titled.js';
import { isAbbreviation, tokenize, type Token } from './tokens.js';

/** An attribution next to a quote: the cue, the speaker words and the addressee words. */
interface Attribution {
  cue: CueHit;
  toks: Token[];
  speaker: Phrase;
  addressee: Phrase | null;
}



function addresseeAfter(toks: Token[], cue: CueHit): Phrase | null {
  if (!cue.form.takesAddressee) return null;
  return phraseStartingAt(toks, cue.last + 1, true);
}

/** `“…,” he told Haniyeh.` / `“…,” said the official.`: the attribution after the closing mark. */
function attributionAfter(text: string, q: Quote, lineEnd: number): Attribution | null {
  const stop = Math.min(lineEnd, q.after + 320);
  const toks = tokenize(text, q.after, stop);
  let i = 0;
  while (toks[i] && (toks[i]!.text === ',' || toks[i]!.text === '—' || toks[i]!.text === '-')) i++;
  const first = toks[i];
  if (!first) return null;
  const lastChar = text.slice(q.start, q.end).trimEnd().at(-1) ?? '';
  const continues = /[,!?—–\-:;…]/u.test(lastChar) || i > 0 || !first.cap || !/[.]/.test(lastChar);
  if (!continues) return null;
  // cue first: “…,” said Velayati.
  const inverted = cueAt(toks, i);
  if (inverted && !inverted.form.participle) {
    const at = skipRight(toks, inverted.last);
    const speaker = phraseStartingAt(toks, at) ?? titledNameAt(toks, at);
    if (speaker) return { cue: inverted, toks, speaker, addressee: null };
  }
  for (let k = i + 1; k < Math.min(toks.length, i + 40); k++) {
    const t = toks[k]!;
    if (!t.word && /[.!?;“"]/u.test(t.text) && !(t.text === '.' && isAbbreviation(toks[k - 1]))) break;
    const cue = cueAt(toks, k);
    if (!cue || cue.form.participle) continue;
    const found = phraseEndingAt(toks, skipLeft(toks, k), i);
    const speaker = found && nameAfterTitle(toks, found);
    // "“Arrogant,” features a New York Times report": a weak cue needs a name or a pronoun before it
    if (cue.form.weak && speaker?.kind === 'description') return null;
    if (speaker && found.first === i && (toks[i]!.cap || speaker.kind !== 'description' || /^(?:the|a|an|his|her|their|its|one|another)$/u.test(toks[i]!.lower))) {
      return { cue, toks, speaker, addressee: addresseeAfter(toks, cue) };
    }
    return null;
  }
  return lastChar === ',' ? verbOfManner(toks, i) : null;
}

const sentenceEnds = (t: Token | undefined) => !t || /^[.!?]$/u.test(t.text);
const mannerVerb = (t: Token | undefined) => !!t && t.word && !t.cap && t.lower.length > 3 && /(?:[^s]s|ed)$/u.test(t.lower);

/**
 * `“…,” echoes McMillen.` / `“…,” she laughs.`: after a quote that ends in a comma, a name or
 * pronoun and one verb outside the lexicon, alone up to the end of the sentence, attribute it.
 */
function verbOfManner(toks: Token[], i: number): Attribution | null {
  const said = (at: number): CueHit => ({ form: { lemma: toks[at]!.lower, cls: 'say', participle: false, weak: false, takesAddressee: false, particle: [] }, first: at, last: at });
  if (mannerVerb(toks[i])) {
    const speaker = phraseStartingAt(toks, i + 1);
    if (speaker?.kind === 'name' && sentenceEnds(toks[speaker.last + 1])) return { cue: said(i), toks, speaker, addressee: null };
  }
  const speaker = phraseStartingAt(toks, i);
  if (speaker && speaker.kind !== 'description' && mannerVerb(toks[speaker.last + 1]) && sentenceEnds(toks[speaker.last + 2])) {
    return { cue: said(speaker.last + 1), toks, speaker, addressee: null };
  }
  return null;
}

/** `X said: “…”` / `Nakhala, meanwhile, asserted, “…”`: the attribution just before the opening mark. */
function attributionBefore(text: string, q: Quote, from: number): Attribution | null {
  const toks = tokenize(text, from, q.open);
  if (!toks.length) return null;
  let end = toks.length - 1;
  const colon = toks[end]!.text === ':';
  while (end >= 0 && /^[,:—\-]$/u.test(toks[end]!.text)) end--;
  if (toks[end]?.lower === 'that') end--;
  // with a colon, the cue may be followed by an addressee or an adjunct ("told reporters:")
  for (let k = end; k >= Math.max(0, colon ? end - 7 : end); k--) {
    let cue = cueAt(toks, k);
    if (!cue) {
      const prev = cueAt(toks, k - 1);
      if (prev && prev.last === k) cue = prev;
      else continue;
    }
    if (cue.last !== end && !colon) return null;
    const speaker = phraseEndingAt(toks, skipLeft(toks, cue.first), 0);
    if (!speaker) return null;
    return { cue, toks, speaker: preferName(toks, speaker), addressee: addresseeAfter(toks, cue) };
  }
  return null;
}

const wordCount = (s: string) => s.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/**
 * Direct quotations: a quote with its attribution right after the closing mark or right before
 * the opening one; a quote that goes on after an attributed one (same paragraph, or the paragraph
 * after) keeps that speaker. Quotes of a few words inside a sentence are left to the reported
 * speech finder, which reads them as partial quotes.
 */
export function findDirect(text: string, quotes: readonly Quote[], sentences: readonly Sentence[]): Candidate[] {
  const out: Candidate[] = [];
  let previous: Candidate | null = null;
  for (const q of quotes) {
    const content = text.slice(q.start, q.end);
    const s0 = sentenceAt(sentences, q.open);
    if (!s0) continue;
    const lineEnd = text.indexOf('\n', q.after) < 0 ? text.length : text.indexOf('\n', q.after);
    const prefix = text.slice(s0.start, q.open);
    const startsSentence = /^\s*$/u.test(prefix);
    let attr = attributionAfter(text, q, lineEnd);
    let confidence = 0.9;
    if (!attr) {
      let from = s0.start;
      if (startsSentence) {
        const prev = sentences[sentences.indexOf(s0) - 1];
        if (prev && text.slice(prev.start, prev.end).trimEnd().endsWith(':') && s0.paragraph - prev.paragraph <= 2) from = prev.start;
      }
      attr = from < q.open ? attributionBefore(text, q, from) : null;
    }
    let c: Candidate | null = null;
    const transcript = /^([A-Z][A-Z.'\- ]{1,30}):\s+/u.exec(content);
    if (transcript && !attr && /[A-Z]{2}/u.test(transcript[1]!)) {
      // "PENCE: Well, look, …" quoted whole: the name before the colon speaks
      const colon = q.start + transcript[1]!.length;
      c = {
        kind: 'direct', start: q.start + transcript[0].length, end: q.end, cue: { start: colon, end: colon + 1 }, cueClass: 'say',
        speaker: { start: q.start, end: colon, kind: 'name' }, addressee: null, inherit: false, confidence: 0.8, paragraph: s0.paragraph, rule: 'transcript',
      };
    } else if (attr) {
      c = {
        kind: 'direct',
        start: q.start,
        end: q.end,
        cue: { start: attr.toks[attr.cue.first]!.start, end: attr.toks[attr.cue.last]!.end },
        cueClass: attr.cue.form.cls,
        speaker: words(attr.toks, attr.speaker),
        addressee: words(attr.toks, attr.addressee),
        inherit: false,
        confidence: attr.speaker.kind === 'name' ? confidence : confidence - 0.05,
        paragraph: s0.paragraph,
        rule: 'direct',
      };
    } else if ((startsSentence || (previous && q.open - previous.end < 40)) && wordCount(content) >= 4 && q.double) {
      // a quote that goes on: the speaker of the statement just before (decided once all are found)
      c = {
        kind: 'direct', start: q.start, end: q.end, cue: null, cueClass: null, speaker: null, addressee: null,
        inherit: true, confidence: 0.6, paragraph: s0.paragraph, rule: 'direct-continued',
      };
    }
    if (c) {
      out.push(c);
      previous = c;
    }
  }
  return out;
}

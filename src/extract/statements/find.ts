import { Resolver } from '../coref/index.js';
import type { DocEntity, DocEntityRef, DocStatement } from '../types.js';
import { aboutOf } from './about.js';
import { type Candidate, position, type Words } from './candidate.js';
import { type Conversation, findContexts } from './contexts.js';
import { findDirect } from './direct.js';
import { findColonSources } from './headlines.js';
import { findQuotes, type Quote } from './quotes.js';
import { type SourceOptions, sourceWords } from './source-choice.js';
import { findReported } from './reported.js';
import { type Sentence, sentenceAt, splitSentences } from './sentences.js';

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

// Lines of page furniture that link elsewhere: their words are another article's.
const FURNITURE = /^\s*(?:read more|related|watch|listen|see also|more on this|also read)\s*:/iu;

/** All candidates of a document, direct quotes first; a reported one that repeats a direct one is dropped. */
function candidates(text: string, sentences: readonly Sentence[], quotes: readonly Quote[]): Candidate[] {
  const direct = findDirect(text, quotes, sentences);
  const taken = new Set(direct.flatMap((c) => (c.cue ? [c.cue.start] : [])));
  const out = [...direct];
  let lastParagraph = -1;
  for (const s of sentences) {
    // "READ MORE: Budget won’t balance until 2040, department says": a link to another story
    if (FURNITURE.test(text.slice(text.lastIndexOf('\n', s.start) + 1, s.end))) continue;
    const found = [...findColonSources(text, s, s.paragraph !== lastParagraph), ...findReported(text, s, quotes, taken)];
    lastParagraph = s.paragraph;
    for (const c of found) {
      // the same statement found twice: nearly the same words, or the same cue
      const dup = out.some((d) => (d.cue && c.cue && d.cue.start === c.cue.start) || overlap(d, c) >= 0.5 * Math.max(d.end - d.start, c.end - c.start));
      if (!dup) out.push(c);
    }
  }
  return out.sort((a, b) => position(a) - position(b) || a.start - b.start);
}

/**
 * Transcript lines ("PENCE: …") whose label is a speaker: all of them in a transcript (a document
 * where some label opens several lines), else those naming a person. Labels each used once
 * ("ENERGY:", "KEEPING SCORE:") head sections.
 */
function speakingLabels(text: string, found: Candidate[], entities: readonly DocEntity[]): Candidate[] {
  const label = (c: Candidate) => text.slice(c.speaker!.start, c.speaker!.end).replace(/[^\p{L}]/gu, '');
  const counts = new Map<string, number>();
  for (const c of found) if (c.rule === 'transcript-line') counts.set(label(c), (counts.get(label(c)) ?? 0) + 1);
  const person = (c: Candidate) => entities.some((e) => e.type === 'Person' && e.mentions.some((m) => m.start < c.speaker!.end && m.end > c.speaker!.start));
  // a label that speaks twice makes the document a transcript, whose every line is someone's
  const transcript = [...counts.values()].some((n) => n > 1);
  return found.filter((c) => c.rule !== 'transcript-line' || transcript || person(c));
}

const refOf = (text: string, w: Words, key: string | null): DocEntityRef => ({ key, text: text.slice(w.start, w.end), start: w.start, end: w.end });

/**
 * Find the attributed statements in `text` — direct quotes, partial quotes, reported speech and
 * colon-sourced headlines — with speakers and addressees resolved against `entities`. With a
 * source model (options), its ranker chooses the speaker words among the sentence's candidates.
 */
export function findStatements(text: string, entities: DocEntity[], options: SourceOptions = {}): DocStatement[] {
  const sentences = splitSentences(text);
  const quotes = findQuotes(text);
  const resolver = new Resolver(text, entities);
  const { conversations, remarks } = findContexts(text, sentences, entities);
  const sentenceOf = (at: number) => sentenceAt(sentences, at);
  const out: DocStatement[] = [];
  const paragraphs: number[] = [];
  let ci = 0;
  let prev: DocStatement | null = null;
  let prevParagraph = -1;
  const convAddressee = (cv: Conversation) => resolver.resolve({ ...cv.addressees[0]!, text: text.slice(cv.addressees[0]!.start, cv.addressees[0]!.end), role: 'addressee', paragraph: cv.sentence.paragraph });
  const convKeys: { cv: Conversation; subject: string | null; addressee: string | null }[] = [];
  for (const c of speakingLabels(text, candidates(text, sentences, quotes), entities)) {
    while (ci < conversations.length && conversations[ci]!.at <= position(c)) {
      const cv = conversations[ci++]!;
      const addressee = convAddressee(cv);
      const subject = cv.subject && resolver.resolve({ ...cv.subject, text: text.slice(cv.subject.start, cv.subject.end), role: 'speaker', paragraph: cv.sentence.paragraph });
      resolver.note('addressee', addressee, cv.sentence.paragraph, cv.addressees[0]!.start);
      // whoever the text says is talking to them is the one "he" will mean
      if (subject) {
        resolver.note('speaker', subject, cv.sentence.paragraph);
        // the people of the scene are spoken to, not newly brought in to speak
        resolver.noteStatement(cv.sentence.start, cv.sentence.end);
      }
      convKeys.push({ cv, subject, addressee: cv.addressees.length === 1 ? addressee : null });
    }
    const sentence = sentenceOf(c.cue?.start ?? c.start);
    let speaker: DocEntityRef | null = null;
    let confidence = c.confidence;
    const sameSentence = prev && sentence && prev.start >= sentence.start - 400 && sentenceOf(prev.cue?.start ?? prev.start) === sentence;
    if (c.inherit) {
      if (prev?.speaker && c.paragraph - prevParagraph <= 2) speaker = prev.speaker;
      else confidence = 0.35;
    } else if (c.rule === 'participle' && sameSentence && prev?.speaker) {
      speaker = prev.speaker;
    } else if (c.rule === 'participle' && (!c.speaker || c.speaker.kind === 'description')) {
      continue; // "…, saying …" with no clause before it that names a source
    } else if (c.speaker) {
      const words = sourceWords(text, c, sentence, quotes, entities, options) ?? c.speaker;
      const quoted = c.kind === 'direct' ? { start: c.start, end: c.end } : null;
      const key = resolver.resolve({ ...words, text: text.slice(words.start, words.end), role: 'speaker', paragraph: c.paragraph, quoted });
      speaker = refOf(text, words, key);
    }
    let addressee: DocEntityRef | null = null;
    const scene = [...convKeys].reverse().find((k) => k.cv.sentence === sentence);
    if (c.addressee && c.addressee.kind === 'pronoun' && scene?.addressee) {
      // "Speaking to Qassem, the Leader’s advisor congratulated him": him is Qassem
      addressee = refOf(text, c.addressee, scene.addressee);
    } else if (c.addressee) {
      const key = resolver.resolve({ ...c.addressee, text: text.slice(c.addressee.start, c.addressee.end), role: 'addressee', paragraph: c.paragraph, exclude: speaker?.key ?? null });
      addressee = refOf(text, c.addressee, key);
    } else if (scene && scene.cv.addressees.length === 1) {
      // "Speaking to Nakhala, Velayati said …": the scene this sentence sets
      if (!speaker?.key || scene.addressee !== speaker.key) addressee = refOf(text, scene.cv.addressees[0]!, scene.addressee);
    } else if (speaker?.key && !scene) {
      // a meeting of this speaker's, set a few paragraphs before ("Velayati made the remarks in a meeting with Mikdad")
      const near = [...convKeys].reverse().find((k) => k.subject === speaker!.key && c.paragraph - k.cv.sentence.paragraph <= 3 && k.addressee);
      if (near && near.addressee !== speaker.key) addressee = refOf(text, near.cv.addressees[0]!, near.addressee);
    }
    if (speaker) resolver.note('speaker', speaker.key, c.paragraph, speaker.start);
    resolver.noteStatement(Math.min(c.start, speaker?.start ?? c.start, c.cue?.start ?? c.start), Math.max(c.end, speaker?.end ?? c.end, c.cue?.end ?? c.end));
    if (addressee) resolver.note('addressee', addressee.key, c.paragraph, addressee.start);
    const st: DocStatement = {
      kind: c.kind,
      content: text.slice(c.start, c.end),
      start: c.start,
      end: c.end,
      cue: c.cue && { text: text.slice(c.cue.start, c.cue.end), start: c.cue.start, end: c.cue.end },
      cueClass: c.cueClass,
      speaker,
      addressee,
      about: [],
      confidence: Math.round(confidence * 100) / 100,
    };
    out.push(st);
    paragraphs.push(c.paragraph);
    prev = st;
    prevParagraph = c.paragraph;
  }
  // "Ali Akbar Velayati made the remarks …": the unresolved source just before is Velayati
  for (const r of remarks) {
    const key = resolver.resolve({ ...r.subject, text: text.slice(r.subject.start, r.subject.end), role: 'speaker', paragraph: r.sentence.paragraph });
    if (!key) continue;
    out.forEach((st, i) => {
      if (st.speaker && st.speaker.key === null && st.start < r.sentence.start && r.sentence.paragraph - paragraphs[i]! <= 12) st.speaker.key = key;
    });
  }
  for (const st of out) {
    const { keys, names } = aboutOf(text, st, { entities, affiliations: (k) => resolver.profile(k)?.affiliations ?? [] });
    st.about = keys;
    if (names.length) st.aboutNames = names;
  }
  return out;
}

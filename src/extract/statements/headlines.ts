import type { Candidate } from './candidate.js';
import { classify, SPEAKER_NOUNS } from './phrases.js';
import type { Sentence } from './sentences.js';
import { tokenize } from './tokens.js';

// Words before a colon that label a text rather than name a speaker.
const LABELS = new Set(
  ('analysis opinion update updated watch exclusive breaking editorial comment video photos photo live note ' +
    'related by read tags q&a interview explainer review column factbox timeline fact check ' +
    'correction summary warning background listen podcast quiz agencies news transcript ' +
    'subject date sign title category posted')
    .split(' '),
);

/** Whether a line is a headline: no final full stop, a short line of its own. */
function isHeadline(line: string): boolean {
  if (line.length > 200) return false;
  if (!/[.!?”"]$/u.test(line.trim())) return true;
  // Title Case with a final stop: most words capitalised
  const words = line.split(/\s+/u).filter((w) => /^[\p{L}‘'“"]/u.test(w) && w.length > 3);
  return words.length >= 3 && words.filter((w) => /^[‘'“"]?\p{Lu}/u.test(w)).length >= 0.8 * words.length;
}

/**
 * Statements whose source is given by a colon: headlines that name their source after the
 * colon ("Israeli killing of Gaza journalists ‘war crime’: Iran") or before it ("Imam Khamenei’s
 * Advisor: Axis … Must Join Forces"), and transcripts ("PENCE: Well, look, …").
 */
export function findColonSources(text: string, sentence: Sentence, atParagraphStart: boolean): Candidate[] {
  const line = text.slice(sentence.start, sentence.end);
  const colon = line.indexOf(':');
  if (colon <= 0 || colon >= line.length - 2 || /^\d/u.test(line.slice(colon + 1))) return [];
  const colonAt = sentence.start + colon;
  const leftToks = tokenize(text, sentence.start, colonAt);
  const rightToks = tokenize(text, colonAt + 1, sentence.end);
  const make = (start: number, end: number, sp: { start: number; end: number; kind: 'name' | 'description' | 'pronoun' }, confidence: number, rule: string): Candidate[] => {
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /[\s.]/u.test(text[end - 1]!)) end--;
    return [{
      kind: /[“"‘]/u.test(text.slice(start, end)) ? 'partial' : 'indirect', start, end,
      cue: { start: colonAt, end: colonAt + 1 }, cueClass: 'say', speaker: sp, addressee: null,
      inherit: false, confidence, paragraph: sentence.paragraph, rule,
    }];
  };
  const headline = isHeadline(line);
  // CONTENT: SOURCE (a headline whose source closes it)
  if (headline && rightToks.length >= 1 && rightToks.length <= 5 && leftToks.length >= 3) {
    const p = classify(rightToks, 0, rightToks.length - 1);
    if (p && p.kind !== 'pronoun' && rightToks[0]!.cap) {
      return make(sentence.start, colonAt, { start: rightToks[0]!.start, end: rightToks.at(-1)!.end, kind: p.kind }, 0.6, 'headline-source-last');
    }
  }
  // SOURCE: CONTENT (a headline, or a transcript line)
  if (leftToks.length >= 1 && leftToks.length <= 6 && rightToks.length >= 3 && atParagraphStart) {
    if (leftToks.some((t) => LABELS.has(t.lower))) return [];
    const p = classify(leftToks, 0, leftToks.length - 1);
    if (!p || p.kind === 'pronoun' || !leftToks[0]!.cap) return [];
    const head = leftToks.at(-1)!.lower.replace(/[’']s?$/u, '');
    const allCaps = leftToks.every((t) => !t.word || t.text === t.text.toUpperCase()) && leftToks.some((t) => t.word && t.text.length > 1);
    const titled = SPEAKER_NOUNS.has(head) || leftToks.some((t) => /[’']s?$/u.test(t.text));
    if (!(allCaps || (headline && (titled || leftToks.length <= 2)))) return [];
    if (!headline && !allCaps) return [];
    const speaker = { start: leftToks[0]!.start, end: leftToks.at(-1)!.end, kind: p.kind };
    if (headline) return make(colonAt + 1, sentence.end, speaker, allCaps ? 0.7 : 0.6, 'headline-source-first');
    // "PENCE: Well, look, …": a transcript's line is verbatim (find.ts keeps it only where the name
    // speaks more than once or is someone's, since "ENERGY: Oil fell …" labels a section)
    return make(colonAt + 1, sentence.end, speaker, 0.7, 'transcript-line').map((c) => ({ ...c, kind: 'direct' as const }));
  }
  return [];
}

import type { DocEntity } from '../../types.js';
import { classify, phraseEndingAt, SPEAKER_NOUNS, SUBJECT_PRONOUNS } from '../../statements/phrases.js';
import type { Token } from '../../statements/tokens.js';

/** Words that may name the source of a statement, as a range of the sentence's tokens. */
export interface SourceCandidate {
  first: number;
  last: number;
  kind: 'name' | 'pronoun' | 'description';
  /** The type of the entity named there, if any. */
  entityType: DocEntity['type'] | null;
  /** The words the rules chose. */
  rule: boolean;
}

/** A statement seen from the sentence its cue is in: where the cue and the content are. */
export interface SourceSetting {
  toks: readonly Token[];
  /** Token indices of the cue (first, last). */
  cue: { first: number; last: number };
  /** Offsets of the content: the source is never inside it. */
  content: { start: number; end: number };
  /** Offsets of quotations in the sentence: nor inside these. */
  quotes: readonly { start: number; end: number }[];
}

const inside = (at: number, r: { start: number; end: number }) => at >= r.start && at < r.end;

/**
 * The words of a sentence that could be the source of its statement: the rules' choice, every
 * person or organisation named, every subject pronoun, and every noun phrase headed by a noun of
 * speakers ("the official", "a spokeswoman for the city") — none inside the content or a quote.
 */
export function sourceCandidates(s: SourceSetting, ruleChoice: { first: number; last: number; kind: SourceCandidate['kind'] }, mentions: readonly { start: number; end: number; type: DocEntity['type'] }[]): SourceCandidate[] {
  const { toks } = s;
  const out: SourceCandidate[] = [];
  const typeAt = (first: number, last: number) =>
    mentions.find((m) => m.start < toks[last]!.end && m.end > toks[first]!.start)?.type ?? null;
  const outside = (first: number, last: number) =>
    [first, last].every((i) => !inside(toks[i]!.start, s.content) && !s.quotes.some((q) => inside(toks[i]!.start, q))) && (last < s.cue.first || first > s.cue.last);
  const add = (first: number, last: number, kind: SourceCandidate['kind'], rule = false) => {
    if (out.some((c) => c.first === first && c.last === last)) return;
    out.push({ first, last, kind, entityType: typeAt(first, last), rule });
  };
  add(ruleChoice.first, ruleChoice.last, ruleChoice.kind, true);
  for (const m of mentions) {
    if (m.type === 'Place') continue;
    const first = toks.findIndex((t) => t.start >= m.start && t.start < m.end);
    if (first < 0) continue;
    let last = first;
    while (toks[last + 1] && toks[last + 1]!.end <= m.end) last++;
    if (outside(first, last)) add(first, last, 'name');
  }
  toks.forEach((t, i) => {
    if (SUBJECT_PRONOUNS.has(t.lower) && t.lower !== 'it' && t.lower !== 'you' && outside(i, i)) add(i, i, 'pronoun');
    if (t.word && SPEAKER_NOUNS.has(t.lower.replace(/[’']s?$/u, '')) && !/[’']s?$/u.test(t.text)) {
      const p = phraseEndingAt(toks, i, 0);
      if (p && outside(p.first, p.last)) add(p.first, p.last, classify(toks, p.first, p.last)?.kind ?? 'description');
    }
  });
  return out;
}

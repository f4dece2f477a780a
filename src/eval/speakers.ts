import type { Entity, Statement } from '../snapshot/schema.js';
import type { GoldQuote } from './gold.js';
import { spansMatch } from './spans.js';

/** Lower case, no punctuation, single spaces: "Mr. Trump's" → "mr trump s". */
export function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether the gold names a speaker in the text: speaker spans, or else speaker words. */
export function hasGoldSpeaker(gold: GoldQuote): boolean {
  return (gold.speakerSpans?.length ?? 0) > 0 || Boolean(gold.speaker?.trim());
}

/**
 * Whether the predicted speaker words are the gold's: their span overlaps the gold speaker span
 * (at least half the shorter; against the pieces together or any one piece, for speakers given
 * in several pieces such as "Clinton and Trump"). Gold without spans but with speaker words
 * falls back to the words: equal, or one contained in the other, after normalizeName.
 */
export function speakerSpanCorrect(predicted: Statement['speaker'], gold: GoldQuote): boolean {
  if (!predicted) return false;
  const pieces = gold.speakerSpans ?? [];
  if (pieces.length > 0) return spansMatch(predicted, pieces) || pieces.some((p) => spansMatch(predicted, [p]));
  const want = normalizeName(gold.speaker ?? '');
  const got = normalizeName(predicted.text);
  if (!want || !got) return false;
  return ` ${want} `.includes(` ${got} `) || ` ${got} `.includes(` ${want} `);
}

/** Whether the gold resolves its speaker to a name or an entity id. */
export function hasGoldSpeakerName(gold: GoldQuote): boolean {
  return Boolean(gold.speakerEntity || gold.speakerName);
}

const ARTICLE = /^(?:a|an|the)$/u;
const words = (name: string) => normalizeName(name).split(' ').filter(Boolean);

/**
 * Whether the name `candidate` names the person or body of the gold name `wanted`: the same last
 * word, and the words of one contain the other's ("Lonechild" names "Darian Lonechild"; "Harry
 * Kazianis" names "Harry J. Kazianis"; "Kim Jong Un" does not name "Kim"). Compared after
 * normalizeName, a leading article aside ("The RCMP" = "RCMP").
 */
export function namesMatch(wanted: string, candidate: string): boolean {
  const want = words(wanted).filter((w, i) => i > 0 || !ARTICLE.test(w));
  const got = words(candidate).filter((w, i) => i > 0 || !ARTICLE.test(w));
  if (!want.length || !got.length || want.at(-1) !== got.at(-1)) return false;
  const within = (a: string[], b: string[]) => a.every((w) => b.includes(w));
  return within(want, got) || within(got, want);
}

// A gold "name" that is a description: it starts with a lower-case word or a determiner.
const DESCRIPTION_START = /^(?:\p{Ll}|(?:A|An|The|Another|Some|Several|Many|Most|Two|Three|Four|Other)\s)/u;

/** Whether the gold's speaker name is a description ("a justice official", "The delegation") rather than a name. */
export function isDescription(name: string): boolean {
  return DESCRIPTION_START.test(name.trim());
}

/**
 * Whether the predicted speaker resolves to the gold's: the same entity id where the gold gives
 * `speakerEntity`, else an entity whose name or one of whose aliases names `speakerName`
 * (namesMatch). Where the gold's name is a description, an unresolved speaker whose words name
 * it is right too: there is no one to resolve it to.
 */
export function speakerNameCorrect(predicted: Statement['speaker'], gold: GoldQuote, entities: ReadonlyMap<string, Entity>): boolean {
  if (!predicted) return false;
  const id = predicted.entityId;
  if (gold.speakerEntity) return id === gold.speakerEntity;
  const wanted = gold.speakerName;
  if (!wanted) return false;
  if (!id) return isDescription(wanted) && namesMatch(wanted, predicted.text);
  const entity = entities.get(id);
  return !!entity && [entity.name, ...entity.aliases].some((n) => namesMatch(wanted, n));
}

/** How a matched statement's speaker was judged: null where the gold gives nothing to judge by. */
export interface SpeakerJudgement {
  words: boolean | null;
  name: boolean | null;
  /** What is wrong, for `--errors` ("speaker "he", gold "she"; resolved to Ann Lee, gold Darian Lonechild"); empty when nothing is. */
  note: string;
  /** No speaker words, or (where a name is judged) words resolved to no entity. */
  missing: boolean;
}

/** Judge the speaker of predicted statement `p` matched to gold quote `g`. */
export function judgeSpeaker(p: Statement, g: GoldQuote, entities: ReadonlyMap<string, Entity>, text?: string): SpeakerJudgement {
  const problems: string[] = [];
  let words: boolean | null = null;
  let name: boolean | null = null;
  if (hasGoldSpeaker(g)) {
    words = speakerSpanCorrect(p.speaker, g);
    const want = g.speakerSpans?.map((s) => s.text ?? text?.slice(s.start, s.end) ?? '').join(' … ') || g.speaker || '';
    if (!words) problems.push(`speaker ${p.speaker ? JSON.stringify(p.speaker.text) : 'none'}, gold ${JSON.stringify(want)}`);
  }
  if (hasGoldSpeakerName(g)) {
    name = speakerNameCorrect(p.speaker, g, entities);
    const id = p.speaker?.entityId;
    const got = id ? (entities.get(id)?.name ?? id) : null;
    if (!name) {
      if (words !== false && !p.speaker) problems.push('speaker none');
      problems.push(`${got ? `resolved to ${got}` : 'resolved to nobody'}, gold ${g.speakerEntity ?? g.speakerName}`);
    }
  }
  return { words, name, note: problems.join('; '), missing: !p.speaker || (name === false && !p.speaker.entityId) };
}

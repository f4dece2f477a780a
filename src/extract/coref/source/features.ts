import type { SourceCandidate, SourceSetting } from './candidates.js';

/**
 * The features the source ranker sees: each a named function of a candidate in its sentence,
 * returning the feature's value (a string; one weight a value), or null when it does not apply.
 */
export type SourceFeature = (c: SourceCandidate, s: SourceSetting) => string | null;

const PREPOSITIONS = new Set(['of', 'at', 'in', 'for', 'from', 'with', 'to', 'by', 'on', 'about', 'against', 'over', 'under', 'into', 'than', 'including', 'like', 'besides', 'except', 'among']);
const RELATIVE = new Set(['who', 'which', 'that', 'whose', 'whom', 'where', 'when', 'because', 'while', 'if', 'after', 'before']);
const bucket = (n: number) => (n <= 0 ? '0' : n === 1 ? '1' : n <= 3 ? '2-3' : n <= 7 ? '4-7' : '8+');

/** The tokens between the candidate and the cue. */
function between(c: SourceCandidate, s: SourceSetting) {
  return c.last < s.cue.first ? s.toks.slice(c.last + 1, s.cue.first) : s.toks.slice(s.cue.last + 1, c.first);
}

const side = (c: SourceCandidate, s: SourceSetting) => (c.last < s.cue.first ? 'before' : 'after');

/** Whether the rules chose these words. */
export const ruleChoice: SourceFeature = (c) => (c.rule ? 'yes' : null);
/** Name, pronoun or description, and on which side of the cue. */
export const kindSide: SourceFeature = (c, s) => `${c.kind}:${side(c, s)}`;
/** The type of the entity named, and on which side of the cue. */
export const entitySide: SourceFeature = (c, s) => `${c.entityType ?? 'none'}:${side(c, s)}`;
/** How many tokens stand between the words and the cue, by side. */
export const distance: SourceFeature = (c, s) => `${side(c, s)}:${bucket(between(c, s).length)}`;
/** How many commas stand between. */
export const commas: SourceFeature = (c, s) => bucket(between(c, s).filter((t) => t.text === ',').length);
/** Lower-case words between (verbs, clauses) other than adverbs and auxiliaries. */
export const wordsBetween: SourceFeature = (c, s) => bucket(between(c, s).filter((t) => t.word && !t.cap && !/ly$/u.test(t.lower)).length);
/** A relative or subordinate clause between: "Joe, who runs the shop, said" vs "the man who said". */
export const clauseBetween: SourceFeature = (c, s) => (between(c, s).some((t) => RELATIVE.has(t.lower)) ? 'yes' : null);
/** The word before is a preposition: an object ("at the University of Toronto"), rarely a subject. */
export const afterPreposition: SourceFeature = (c, s) => {
  // over an article the entity's name leaves out: "at the University of Toronto"
  const at = /^(?:the|a|an)$/u.test(s.toks[c.first - 1]?.lower ?? '') ? c.first - 2 : c.first - 1;
  const t = s.toks[at];
  if (!t || !PREPOSITIONS.has(t.lower)) return null;
  return t.lower === 'to' && s.toks[at - 1]?.lower === 'according' ? 'according' : 'yes';
};
/** A possessive: "the company's spokesman" — the company is not who spoke. */
export const possessive: SourceFeature = (c, s) => (/[’']s?$/u.test(s.toks[c.last]!.text) || /^[’']s$/u.test(s.toks[c.last + 1]?.text ?? '') ? 'yes' : null);
/** The words open the sentence. */
export const sentenceStart: SourceFeature = (c) => (c.first === 0 ? 'yes' : null);
/** A capitalised label line ("KEEPING SCORE"): all capitals. */
export const allCapitals: SourceFeature = (c, s) => {
  const words = s.toks.slice(c.first, c.last + 1).filter((t) => t.word && t.text.length > 1);
  return words.length > 0 && words.every((t) => t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text)) ? 'yes' : null;
};
/** Length of the words, in tokens. */
export const length: SourceFeature = (c) => bucket(c.last - c.first + 1);
/** Right after a comma (an apposition or an inserted clause ends there). */
export const afterComma: SourceFeature = (c, s) => (s.toks[c.first - 1]?.text === ',' ? 'yes' : null);
/** The content lies on the other side of the cue: "…, said X" vs "X said …". */
export const contentSide: SourceFeature = (c, s) => {
  const contentBefore = s.content.end <= s.toks[s.cue.first]!.start;
  return `${side(c, s)}:${contentBefore ? 'content-before' : 'content-after'}`;
};
/** Every feature, in order: a newcomer reads here what the model sees. */
export const SOURCE_FEATURES: Readonly<Record<string, SourceFeature>> = {
  ruleChoice, kindSide, entitySide, distance, commas, wordsBetween, clauseBetween, afterPreposition,
  possessive, sentenceStart, allCapitals, length, afterComma, contentSide,
};

/** The feature strings of one candidate: "name=value", plus a bias. */
export function featuresOfCandidate(c: SourceCandidate, s: SourceSetting): string[] {
  const out = ['bias'];
  for (const [name, f] of Object.entries(SOURCE_FEATURES)) {
    const v = f(c, s);
    if (v !== null) out.push(`${name}=${v}`);
  }
  // two conjunctions a linear model cannot make itself
  const k = kindSide(c, s)!;
  out.push(`kindSide*distance=${k}|${distance(c, s)}`, `rule*commas=${c.rule ? 'rule' : 'other'}|${commas(c, s)}`);
  return out;
}

import type { TokenRange } from './entities/candidates.js';
import type { DocContext } from './entities/context.js';
import { countryOfDemonym, lookupName } from './entities/gazetteer.js';
import { isTitleWord, orgLast } from './entities/lexicon.js';
import { parse, type Token } from './nlp/index.js';

/**
 * A person's name as a name: the safety net between whatever span a recognizer gives and the
 * entity's mentions and name. Words glued on from the sentence ("of the Exchequer Gordon Brown",
 * "Blairite Alan Milburn", "Oscar for Hilary Swank") are cut off; a royal style before a lone
 * given name stays with it ("Prince Charles"), since that is how such people are named.
 */

/** Lower-case words that belong inside names ("Ludwig van Beethoven", "Osama bin Laden"). */
const PARTICLES = new Set(['de', 'del', 'della', 'di', 'da', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'ten', 'al', 'el', 'bin', 'ibn', 'bint', 'y', 'dos', 'das', 'do', 'zu', 'af']);
/** Lower-case name prefixes joined to the next word ("al-Muhandis", "bin-Laden"). */
const JOINED_PARTICLE = /^(?:al|el|ad|ar|as|an|at|az|ash|bin|ibn|abu|abd|d|o)['’‐-]\p{L}/u;
/** First words of Arabic names that no tagger knows as first names ("Abu Mahdi", "Umm Kulthum"). */
const NAME_PREFIXES = new Set(['abu', 'abd', 'abdel', 'abdul', 'umm', 'bin', 'ibn', 'bint']);

/**
 * Styles that, before one given name, are part of how a person is named ("Prince Charles",
 * "Queen Rania", "Pope Benedict"). The word after them is never a surname.
 */
export const ROYAL_STYLES = new Set(['prince', 'princess', 'king', 'queen', 'pope', 'emperor', 'empress', 'tsar', 'tsarina', 'czar', 'kaiser']);

/** Forms of address that tell a person's sex ("Mr Blair", "Mrs Blair", "Lady Thatcher"). */
const MALE_TITLES = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'emperor', 'tsar', 'czar', 'duke', 'earl', 'baron', 'father', 'brother', 'monsieur', 'herr', 'signor', 'senor', 'messrs']);
const FEMALE_TITLES = new Set(['mrs', 'ms', 'miss', 'lady', 'dame', 'queen', 'princess', 'empress', 'tsarina', 'duchess', 'countess', 'baroness', 'sister', 'madame', 'mme', 'mademoiselle', 'signora', 'senora']);

export type Gender = 'male' | 'female' | undefined;

const bare = (t: Token) => t.lower.replace(/\.$/u, '');
const NAME_TAGS = ['FirstName', 'LastName'];
const isNamed = (t: Token) => NAME_TAGS.some((x) => t.tags.has(x));
const isLower = (t: Token) => /^\p{Ll}/u.test(t.text);
const isParticle = (t: Token) => PARTICLES.has(t.lower) || JOINED_PARTICLE.test(t.text);
/** An agent or follower noun ("Sprinter", "Backbencher", "Blairite", "Darwinist"), never a given name. */
const AGENT_NOUN = /\p{Ll}(?:er|ist|ite|ian|ant)$/u;

/** The sex a form of address tells, if any. */
export function genderOfTitle(word: string): Gender {
  const w = word.toLowerCase().replace(/\.$/u, '');
  return MALE_TITLES.has(w) ? 'male' : FEMALE_TITLES.has(w) ? 'female' : undefined;
}

/** The sex a given name tells, from the tagger's name lists. */
export function genderOfGivenName(t: Token): Gender {
  if (t.tags.has('MaleName') && !t.tags.has('FemaleName')) return 'male';
  if (t.tags.has('FemaleName') && !t.tags.has('MaleName')) return 'female';
  return undefined;
}

const lexiconTags = (lower: string): string[] => [(parse.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon[lower] ?? []].flat();

/** Whether the tagger's lexicon knows a word as a role noun ("boss", "presidents", "singer"), never as a name. */
export function isRoleNoun(lower: string): boolean {
  return lexiconTags(lower).includes('Actor');
}

/** Adverbs, conjunctions and pronouns ("Nevertheless", "Meanwhile"): sentence openers, never given names. */
const FUNCTION_TAGS = ['Adverb', 'Conjunction', 'Pronoun', 'QuestionWord'];
function isFunctionWord(lower: string): boolean {
  return lexiconTags(lower).some((x) => FUNCTION_TAGS.includes(x));
}

/**
 * A word that cannot open a person's name of several words: a title, a demonym, a role noun, an
 * adverb or a conjunction of the lexicon ("Boss Graeme Souness", "Nevertheless Franz Ferdinand"),
 * an organisation's head noun ("Bank Sal Oppenheim") or a
 * word the document writes in lower case elsewhere. Initials and lone words are kept: a lone word is for the grouping to
 * decide on (merge.ts).
 */
function neverOpensName(ctx: DocContext, t: Token, more: boolean): boolean {
  if (!more || isNamed(t) || NAME_PREFIXES.has(t.lower) || isParticle(t) || /^\p{Lu}\.?$/u.test(t.text)) return false;
  const word = t.lower.replace(/\.$/u, '');
  return isTitleWord(word) || !!countryOfDemonym(t.text) || isRoleNoun(word) || isFunctionWord(word) || orgLast.has(word) || ctx.lowerWords.has(t.lower);
}

/** Nouns for a people that no tagger takes for names ("Briton Tim Henman"); adjectives are the gazetteer's. */
const DEMONYM_NOUNS = new Set(['briton', 'brit', 'scot', 'pole', 'dane', 'swede', 'finn', 'turk', 'kiwi', 'aussie', 'yank', 'spaniard', 'arab', 'jew', 'serb', 'croat', 'slovak', 'czech', 'basque', 'kurd', 'pashtun', 'uzbek', 'kazakh', 'tajik', 'filipino', 'filipina', 'thai', 'lao', 'nepali', 'somali', 'zulu']);
const NATIONAL_MAN = /^\p{Lu}\p{Ll}+(?:man|woman)$/u;

/**
 * Whether `t`, standing before the given name `next` at the start of a name of three words or
 * more, was glued on from the sentence: an agent noun ("Sprinter Kelly Holmes", "Blairite Alan
 * Milburn"), a noun for a people ("Briton Tim Henman", "Frenchman Jean Alesi"), a place ("Miss
 * Alabama Hannah Brown"), or any unnamed
 * word right after a preposition or at a sentence's start ("of the Exchequer Gordon Brown",
 * "Backbencher Stephen Pound").
 */
function gluedBefore(ctx: DocContext, i: number, afterBreak: boolean): boolean {
  const t = ctx.tokens[i]!;
  const next = ctx.tokens[i + 1];
  if (!next || !next.tags.has('FirstName') || isNamed(t) || NAME_PREFIXES.has(t.lower)) return false;
  const sentenceStart = i === 0 || ctx.tokens[i - 1]!.sentence !== t.sentence;
  const place = lookupName(t.text)?.type === 'Place';
  return AGENT_NOUN.test(t.text) || DEMONYM_NOUNS.has(t.lower) || NATIONAL_MAN.test(t.text) || place || afterBreak || sentenceStart;
}

/** How much a stretch looks like a person's name: first names and surnames the tagger knows, then words it takes for people. */
function nameScore(ctx: DocContext, r: TokenRange): number {
  let n = 0;
  for (let i = r.first; i <= r.last; i++) {
    const t = ctx.tokens[i]!;
    n += isNamed(t) ? 1 : t.tags.has('Person') && !t.tags.has('Actor') ? 0.1 : 0;
  }
  return n;
}

/**
 * The part of tokens[range] that is the person's name, or undefined when no name is left.
 * A span with lower-case words that are no name particles holds several things
 * ("Chancellor of the Exchequer Gordon Brown", "Pound on Friends Reunited"): the stretch with
 * the most first names and surnames is the person (the last on a tie; none when no stretch has
 * any). Words that cannot open a
 * name are then cut from its front, and so are words glued on before a first name, as long as
 * two words are left.
 */
export function personNameRange(ctx: DocContext, range: TokenRange): TokenRange | undefined {
  const tk = ctx.tokens;
  const parts: TokenRange[] = [];
  let start = range.first;
  for (let i = range.first; i <= range.last + 1; i++) {
    const t = tk[i];
    if (i <= range.last && !(isLower(t!) && !isParticle(t!))) continue;
    if (i > start) parts.push({ first: start, last: i - 1 });
    start = i + 1;
  }
  if (parts.length === 0) return undefined;
  let best = parts[parts.length - 1]!;
  for (const p of parts) if (nameScore(ctx, p) > nameScore(ctx, best)) best = p;
  // Several things and no sign that any is a person ("Pound on Friends Reunited"): none is taken.
  if (parts.length > 1 && nameScore(ctx, best) === 0) return undefined;
  const { last } = best;
  let first = best.first;
  for (; first <= last; first++) {
    const t = tk[first]!;
    if (first + 1 === last && ROYAL_STYLES.has(bare(t))) break;
    const lone = first === last;
    if (lone && isParticle(t)) continue;
    if (neverOpensName(ctx, t, !lone)) continue;
    if (last - first >= 2 && gluedBefore(ctx, first, first === best.first && best.first > range.first)) continue;
    break;
  }
  return first > last ? undefined : { first, last };
}

/**
 * The royal style a lone given name stands after ("Prince" in "Prince Charles"), as the token
 * index to start the mention at; undefined for any other name.
 */
export function royalStyleBefore(ctx: DocContext, range: TokenRange): number | undefined {
  if (range.first !== range.last || range.first === 0) return undefined;
  const style = ctx.tokens[range.first - 1]!;
  if (!ROYAL_STYLES.has(bare(style)) || !/^\p{Lu}/u.test(style.text) || !/^[ \t]+$/u.test(style.post)) return undefined;
  return range.first - 1;
}

import { cueAt } from './cue-at.js';
import { isAbbreviation, type Token } from './tokens.js';

// One capitalised word that is no name: an adverb, a participle, a month, a label ("However", "Chastened", "April").
const NOT_A_NAME = /^(?:\p{Lu}[\p{Ll}]{3,}(?:ly|ing|ed)|However|Once|Meanwhile|Still|Yet|Instead|Indeed|Thus|Also|Then|Now|Even|Later|Earlier|Video|Photo|Clarification|CLARIFICATION|Correction|CORRECTION|Update|UPDATE|Editor|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday)$/u;

/** Personal pronouns that can be a speaker (subject case). */
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);
/** Object pronouns that can be an addressee. */
export const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it']);

/** Words that open a noun phrase without naming anyone: articles, possessives, quantifiers. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'one', 'another',
  'some', 'many', 'several', 'two', 'three', 'four', 'both', 'all', 'most', 'other', 'few', 'each', 'no', 'any',
  'senior', 'top', 'former', 'us', 'un',
]);

/** Nouns that name someone who speaks, in a description ("the official", "sources"). */
export const SPEAKER_NOUNS = new Set(
  ('official officials source sources spokesman spokeswoman spokesperson minister ministers president leader leaders ' +
    'aide aides advisor adviser advisors advisers chief head secretary director commander general chairman ' +
    'chairwoman governor senator lawmaker lawmakers representative ambassador envoy diplomat diplomats ' +
    'analyst analysts expert experts critic critics officer officers statement report reports newspaper paper ' +
    'campaign agency ministry office government administration police army military group movement party ' +
    'court judge prosecutor prosecutors lawyer lawyers attorney attorneys witness witnesses resident residents ' +
    'member members supporter supporters opponent opponents candidate nominee speaker people voters team ' +
    'spokesmen organizers organisers researchers scientists doctors activists observers insiders ' +
    'democrats republicans economist economists investigators authorities mayor premier sheikh cleric ' +
    'founder ceo executive executives manager author authors writer editor correspondent reporter reporters host ' +
    'poll polls survey study memo letter website site network outlet channel fm counterpart deputy')
    .split(' '),
);

/** Words that may stand between a subject and its verb: auxiliaries, adverbs, time words. */
export const SKIPPABLE: ReadonlySet<string> = new Set(
  ('also later then repeatedly previously recently earlier reportedly publicly further similarly meanwhile ' +
    'has had have would will could may might should did does do not never just already once again still ' +
    'yesterday today tonight now first last finally separately privately openly bluntly flatly explicitly ' +
    'initially subsequently apparently allegedly strongly firmly clearly simply often frequently long ' +
    'monday tuesday wednesday thursday friday saturday sunday morning evening night week month year ' +
    'this on late early ago previous past recent even only shortly soon afterwards afterward immediately ' +
    'quickly angrily proudly frankly falsely correctly rightly wrongly widely privately jointly personally ' +
    'directly indirectly specifically particularly especially originally continually consistently ' +
    'emphatically vehemently openly unequivocally categorically tearfully calmly')
    .split(' '),
);

/** Words that end a noun phrase when read leftwards: clause words, verbs of being, prepositions. */
export const STOP: ReadonlySet<string> = new Set(
  ('that which who whom whose when where while because if as than so but or nor and is was are were be been ' +
    'being to of in for with by at from into about after before during since until under over against ' +
    'without within through between among upon not what how why there here whether though although ' +
    'says said told tells also have has had do does did can could would will should may might must')
    .split(' '),
);

/** Heads of a phrase that gives a share of people ("47 percent", "half", "a majority"). */
const QUANTITY_HEADS = /^(?:percent|cent|half|majority|minority|plurality|thirds?|quarters?|fifths?)$/u;

/** Adjectives of time that may stand inside a noun phrase ("a recent poll"). */
const TIME_ADJECTIVES = new Set(['recent', 'previous', 'past', 'early', 'late', 'latest', 'earlier', 'initial', 'preliminary', 'new', 'first', 'final']);

/** Adjectives of an anonymous source before its preposition ("familiar with", "briefed on"). */
const INFORMED = /^(?:familiar|involved|knowledgeable|briefed|informed|close)$/u;

/** A noun phrase found next to a cue. */
export interface Phrase {
  first: number;
  last: number;
  kind: 'name' | 'pronoun' | 'description';
}

const DASH = /^[—–]$/u;

/** Index of the token before `i` once auxiliaries, adverbs, time words and short parentheticals are skipped. */
export function skipLeft(toks: readonly Token[], i: number): number {
  let j = i - 1;
  for (;;) {
    const t = toks[j];
    if (!t) return j;
    // a capital inside the sentence is a name's ("Elizabeth May has said"), not an auxiliary's
    // "May said": the capitalised auxiliary is a name there ("Theresa May"), not "may"
    const name = t.cap && ((j > 0 && toks[j - 1]?.cap) || NAME_MONTHS.test(t.text));
    if (t.word && (SKIPPABLE.has(t.lower) || /ly$/.test(t.lower)) && !name) {
      j--;
      continue;
    }
    // ", for his part," / ", meanwhile," / ", in a statement,": a comma-closed parenthetical
    if (t.text === ',') {
      let k = j - 1;
      while (k >= 0 && toks[k]!.text !== ',' && j - k <= 34) k--;
      const firstIn = toks[k + 1];
      const width = j - k;
      // ", R-Ky.," after a name: a party and state
      const partyState = !!firstIn && width <= 5 && /^[A-Z]-[A-Z]/u.test(firstIn.text);
      // ", for his part," / ", director of the Institute …,": skip it when a name stands before it
      // after a party and state: "Lucille Roybal Allard, D-Calif., the incoming chairwoman of …, said"
      const partyBefore = (at: number) => /^[A-Z]-[A-Z]/u.test(toks[at]?.text ?? '') && toks[at - 1]?.text === ',';
      const afterPartyState = toks[k - 1]?.text === '.' ? partyBefore(k - 2) : partyBefore(k - 1);
      if (k >= 0 && toks[k]!.text === ',' && width > 1 && firstIn && (!firstIn.cap || partyState) && (width <= 7 || toks[k - 1]?.cap || afterPartyState)) {
        j = !afterPartyState ? k - 1 : toks[k - 1]?.text === '.' ? k - 4 : k - 3;
        continue;
      }
      // "The state’s campaign chairman, Phil Lovas, said": the name before the comma
      if (toks[j - 1]?.cap && toks[j - 1]!.word) return j - 1;
    }
    // "Mark Dubois — a former prosecutor — said": an aside between dashes after a name
    if (DASH.test(t.text)) {
      let k = j - 1;
      while (k >= 0 && toks[k]!.text !== t.text && j - k <= 34) k--;
      if (k > 0 && toks[k]!.text === t.text && toks[k - 1]!.cap && toks[k - 1]!.word) return k - 1;
    }
    return j;
  }
}

/** Index of the token after `i` once adverbs are skipped. */
export function skipRight(toks: readonly Token[], i: number): number {
  let j = i + 1;
  while (toks[j]?.word && /ly$/.test(toks[j]!.lower) && !toks[j]!.cap) j++;
  return j;
}

function isNominal(t: Token, prev?: Token): boolean {
  // "Elizabeth May", "Will Smith": a capitalised word after a capitalised word goes on a name
  if (t.word && t.cap && prev?.cap && prev.word && !NOT_A_NAME.test(t.text)) return true;
  return t.word && !STOP.has(t.lower) && !SKIPPABLE.has(t.lower);
}

/** Classify tokens [first, last] as a speaker phrase, or null when they do not look like one. */
export function classify(toks: readonly Token[], first: number, last: number): Phrase | null {
  if (first > last) return null;
  const words = toks.slice(first, last + 1);
  if (words.length === 1 && SUBJECT_PRONOUNS.has(words[0]!.lower)) return { first, last, kind: 'pronoun' };
  if (words.length === 1 && NOT_A_NAME.test(words[0]!.text)) return null;
  if (words.some((w) => w.word && SUBJECT_PRONOUNS.has(w.lower))) return null;
  const lastTok = words.at(-1)!;
  if (!lastTok.word || DETERMINERS.has(lastTok.lower) || (STOP.has(lastTok.lower) && !(lastTok.cap && words.length > 1))) return null;
  const possessive = words.slice(0, -1).some((w) => /[’']s?$/u.test(w.text));
  if (!possessive && lastTok.cap && words.every((w) => w.cap || !w.word || /^(?:al|bin|ibn|de|van|von|der|el|of|the|and)$/.test(w.lower) || /^[\-.]/.test(w.text))) {
    // a name, or a capitalised description ("Iran Leader’s aide" is caught below)
    if (!DETERMINERS.has(words[0]!.lower)) return { first, last, kind: 'name' };
  }
  const head = lastTok.lower.replace(/[’']s?$/u, '');
  // "47 percent", "half", "six in 10": a share of those asked
  const share = QUANTITY_HEADS.test(head) || (/^\d+$/u.test(head) && words.at(-2)?.lower === 'in');
  if (DETERMINERS.has(words[0]!.lower) || SPEAKER_NOUNS.has(head) || share || words.some((w) => w.cap)) {
    return { first, last, kind: 'description' };
  }
  return null;
}

// Months that are also names: "May said …" is Theresa May, never the month.
const NAME_MONTHS = /^(?:April|May|June|August)$/u;

/** Whether token `j` is a month that is also a name, alone before a verb of saying. */
function monthNameSubject(toks: readonly Token[], j: number): boolean {
  const before = toks[j - 1];
  return NAME_MONTHS.test(toks[j]!.text) && !!cueAt(toks, j + 1) && !(before?.word && (STOP.has(before.lower) || before.cap));
}

/** The subject phrase that ends at token `j` (inclusive), read leftwards. */
export function phraseEndingAt(toks: readonly Token[], j: number, limit = 0, hops = 0): Phrase | null {
  let first = j;
  const t = toks[j];
  if (t?.text === '.' && isAbbreviation(toks[j - 1])) return phraseEndingAt(toks, j - 1, limit, hops);
  if (!t || !t.word) {
    // "(R-IN) said": a parenthesis after a name
    if (t?.text === ')') {
      let k = j;
      while (k > limit && toks[k]!.text !== '(') k--;
      if (toks[k]?.text === '(' && j - k <= 6) return phraseEndingAt(toks, k - 1, limit, hops);
    }
    return null;
  }
  if (SUBJECT_PRONOUNS.has(t.lower)) return { first: j, last: j, kind: 'pronoun' };
  // "six in 10 say", "more than 4 in 10 said": the share, read over its "in"
  if (/^\d+$/u.test(t.text) && toks[j - 1]?.lower === 'in' && /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)$/iu.test(toks[j - 2]?.text ?? '')) {
    const inner = phraseEndingAt(toks, j - 2, limit, hops);
    const from = inner ? inner.first : j - 2;
    return classify(toks, from, j);
  }
  while (first - 1 >= limit && first > j - 9) {
    const p = toks[first - 1]!;
    const pronoun = (SUBJECT_PRONOUNS.has(p.lower) || OBJECT_PRONOUNS.has(p.lower)) && p.text !== 'US';
    if (p.word && isNominal(p, toks[first - 2]) && !pronoun) first--;
    else if (p.lower === 'her' && !toks[first]!.cap) {
      first--; // "her office said": a possessive, and the phrase starts with it
      break;
    }
    else if (p.word && p.lower === 'and' && toks[first]?.cap && toks[first - 2]?.cap) first--;
    else if (p.word && (p.lower === 'of' || p.lower === 'for') && toks[first]?.cap && toks[first - 2]?.word && SPEAKER_NOUNS.has(toks[first - 2]!.lower)) first--;
    else if (p.text === '.' && isAbbreviation(toks[first - 2])) first--;
    else break;
  }
  while (first < j && (toks[first]!.lower === 'and' || toks[first]!.lower === 'of')) first++;
  // an article inside the run starts the phrase: "met a contractor" → "a contractor"
  for (let k = j - 1; k > first; k--) {
    if (/^(?:the|a|an|his|her|their|its|this|these|those|another)$/u.test(toks[k]!.text) && !toks[k - 1]!.cap) {
      first = k;
      break;
    }
  }
  const own = first === j && monthNameSubject(toks, j) ? { first, last: j, kind: 'name' as const } : classify(toks, first, j);
  // "Advisor to Leader of the Islamic Revolution … on international affairs said": a head with its
  // prepositional phrases, read leftwards through at most three prepositions
  const prep = toks[first - 1];
  // "a person familiar with the negotiations", "sources briefed on the talks": anonymous sources
  const sourcePrep = !!prep && /^(?:with|about|in|on)$/u.test(prep.lower) && INFORMED.test(toks[first - 2]?.lower ?? '');
  if (hops < 3 && prep && (/^(?:of|to|on|for|at|from|in|throughout|across|around)$/.test(prep.lower) || sourcePrep) && (!own || own.kind === 'description' || own.kind === 'name')) {
    const outer = phraseEndingAt(toks, first - 2, limit, hops + 1);
    if (outer && outer.kind !== 'pronoun' && j - outer.first <= 22 && (toks[outer.first]!.cap || SPEAKER_NOUNS.has(toks[outer.last]!.lower))) {
      return { first: outer.first, last: j, kind: 'description' };
    }
  }
  return own;
}

/** The phrase starting at token `i`, read rightwards (an inverted subject or an addressee). */
export function phraseStartingAt(toks: readonly Token[], i: number, objectCase = false): Phrase | null {
  const t = toks[i];
  if (!t || !t.word || STOP.has(t.lower)) return null;
  if (objectCase ? OBJECT_PRONOUNS.has(t.lower) : SUBJECT_PRONOUNS.has(t.lower)) return { first: i, last: i, kind: 'pronoun' };
  let last = i;
  // "recent polls", "a recent poll": an adjective of time inside a noun phrase
  const adjective = (k: number) => TIME_ADJECTIVES.has(toks[k]?.lower ?? '') && !!toks[k + 1]?.word && isNominal(toks[k + 1]!, toks[k]);
  if (DETERMINERS.has(t.lower) || t.cap || SPEAKER_NOUNS.has(t.lower) || (adjective(i) && SPEAKER_NOUNS.has(toks[i + 1]!.lower))) {
    while (last + 1 < toks.length && last < i + 9) {
      const n = toks[last + 1]!;
      if (n.word && (isNominal(n, toks[last]) || (adjective(last + 1) && !n.cap)) && !/ly$/.test(n.lower)) last++;
      else if (n.word && (n.lower === 'of' || n.lower === 'and') && toks[last + 2]?.cap) last++;
      else if (n.lower === 'of' && toks[last + 2]?.lower === 'the' && toks[last + 3]?.cap) last += 2;
      else if (n.text === '.' && isAbbreviation(toks[last]) && toks[last + 2]?.cap) last++;
      else break;
    }
  } else return null;
  // stop a name before a following lowercase verb-ish word run ("Velayati congratulated")
  while (last > i && !toks[last]!.cap && toks[i]!.cap && !SPEAKER_NOUNS.has(toks[last]!.lower) && !DETERMINERS.has(t.lower)) last--;
  return classify(toks, i, last);
}

/**
 * "Hussein Kanani Moghadam, an ex-IRGC commander, said", "John Smith, another state senator,
 * called …": a description right after a name and a comma is an apposition; the name is the
 * better speaker words.
 */
export function preferName(toks: readonly Token[], p: Phrase): Phrase {
  if (p.kind !== 'description' || toks[p.first - 1]?.text !== ',') return p;
  const indefinite = /^(?:a|an)$/u.test(toks[p.first]!.lower);
  // other appositions are closed by a comma ("X, the party's leader, said"), unlike "In Ottawa, the minister said"
  if (!indefinite && toks[p.last + 1]?.text !== ',') return p;
  let end = p.first - 2;
  // "Lucille Roybal Allard, D-Calif., the incoming chairwoman …": over a party and state
  if (toks[end]?.text === '.' && /^[A-Z]-[A-Z]/u.test(toks[end - 1]?.text ?? '') && toks[end - 2]?.text === ',') end -= 3;
  else if (/^[A-Z]-[A-Z]/u.test(toks[end]?.text ?? '') && toks[end - 1]?.text === ',') end -= 2;
  const name = phraseEndingAt(toks, end, 0);
  if (!name || name.kind !== 'name') return p;
  return indefinite || name.first === 0 || !toks[name.first - 1]!.word ? name : p;
}

/**
 * "according to the city's finance director, Priya Raman, …": a description followed by a name
 * between commas is named by it; the name is the better speaker words.
 */
export function appositiveName(toks: readonly Token[], p: Phrase): Phrase {
  if (p.kind !== 'description' || toks[p.last + 1]?.text !== ',') return p;
  const name = phraseStartingAt(toks, p.last + 2);
  const after = name ? toks[name.last + 1] : undefined;
  return name && name.kind === 'name' && (!after || /^[,.;]$/u.test(after.text)) ? name : p;
}

import type { NerDoc } from '../ner/document.js';
import { readDocument } from '../ner/document.js';
import { orgWords, phrasesIn, placeWords, tagsOf, tagWithParents } from './lexicon.js';

/**
 * One word of a document with its exact place: `text === source.slice(start, end)`.
 * Punctuation is not a word (it is in `pre`/`post`); a possessive "'s" is cut off its word and
 * recorded in `possessive`.
 */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Lower-case form, apostrophes normalised. */
  lower: string;
  /** compromise's lexicon tags of the word, with their parents (see ./lexicon.ts). */
  tags: ReadonlySet<string>;
  /** Punctuation and spaces before and after: the text between this word and its neighbours. */
  pre: string;
  post: string;
  /** Index of the sentence. */
  sentence: number;
  possessive: boolean;
}

/** Second halves kept as their own word, so that the name before them stands alone ("Bergamo-based"). */
export const COMPOUND_TAILS: ReadonlySet<string> = new Set(['based', 'backed', 'led', 'born', 'brokered', 'owned', 'run', 'funded', 'sponsored', 'controlled', 'held', 'allied', 'aligned', 'linked', 'made', 'bound', 'style', 'era']);
const WORDLIKE = /[\p{L}\p{N}]|^&$/u;
/**
 * Abbreviations whose full stop is punctuation to the rules, as compromise had it: an initial
 * ("A. Dale") and a title ("Mr.", "Gen."). "U.S." and "Corp." keep theirs.
 */
const TITLE_ABBREVIATION = /^(?:\p{Lu}|mr|mrs|ms|dr|prof|st|gen|col|lt|capt|sgt|cpl|pvt|spc|pfc|ssgt|msgt|cdr|cmdr|brig|ens|det|insp|supt|msgr|fr|maj|adm|rep|sen|gov|rev|hon|pres|messrs|mme|mlle|no)\.$/iu;
const POSSESSIVE = /^['’]s$/iu;
const BARE_APOSTROPHE = /^['’]$/u;

/**
 * The words of a document, from the recognizer's tokens: punctuation becomes the words'
 * `pre`/`post`, a possessive "'s" (or the "'" of "Nurses'") marks its word, and "X-based"
 * splits into "X" and "based".
 */
export function wordsOf(doc: NerDoc): Token[] {
  const { text, spans } = doc;
  const words: Token[] = [];
  /** Where the text consumed by the last word ends (after its "'s"). */
  let consumed = 0;
  const push = (start: number, end: number, sentence: number) => {
    const t = text.slice(start, end);
    words.push({ text: t, start, end, lower: t.toLowerCase().replace(/’/gu, "'"), tags: tagsOf(t), pre: '', post: '', sentence, possessive: false });
  };
  for (let i = 0; i < spans.length; i++) {
    const { start, end } = spans[i]!;
    const w = text.slice(start, end);
    const prev = words[words.length - 1];
    const glued = prev !== undefined && prev.end === start;
    if (glued && (POSSESSIVE.test(w) || (BARE_APOSTROPHE.test(w) && /s$/iu.test(prev.text) && !WORDLIKE.test(text[end] ?? '')))) {
      prev.possessive = true;
      consumed = end;
      continue;
    }
    // Tokenised text: "Britain 's".
    if (prev && POSSESSIVE.test(w) && /^ +$/u.test(text.slice(prev.end, start)) && words.length > 0) {
      prev.possessive = true;
      consumed = end;
      continue;
    }
    if (!WORDLIKE.test(w)) continue;
    const sentence = doc.sentence[i]!;
    const dash = w.lastIndexOf('-');
    if (TITLE_ABBREVIATION.test(w)) {
      push(start, end - 1, sentence);
      attachGap(words, text, consumed);
      consumed = end - 1;
      continue;
    }
    if (dash > 0 && COMPOUND_TAILS.has(w.slice(dash + 1).toLowerCase())) {
      push(start, start + dash, sentence);
      attachGap(words, text, consumed);
      push(start + dash + 1, end, sentence);
      attachGap(words, text, start + dash);
    } else {
      push(start, end, sentence);
      attachGap(words, text, consumed);
    }
    consumed = end;
  }
  const last = words[words.length - 1];
  if (last) last.post = text.slice(consumed);
  for (const p of phrasesIn(words.map((w) => w.lower), (i) => /^\p{Lu}/u.test(words[i]!.text))) {
    for (let k = p.at; k < p.at + p.length; k++) words[k]!.tags = new Set([...words[k]!.tags, ...p.tags]);
  }
  markSurnames(words);
  markNameEnds(words);
  return words;
}

/**
 * Share the text between the previous word (or its "'s") and the newest word: what runs up to
 * the last white space is the previous word's `post`, the rest the new word's `pre`
 * (`said, "We` → post `, `, pre `"`).
 */
function attachGap(words: Token[], text: string, from: number): void {
  const cur = words[words.length - 1]!;
  const gap = text.slice(from, cur.start);
  const prev = words[words.length - 2];
  let cut = gap.length;
  while (cut > 0 && !/\s/u.test(gap[cut - 1]!)) cut--;
  if (cut === 0 && prev) cut = gap.length;
  if (prev) prev.post = gap.slice(0, cut);
  cur.pre = prev ? gap.slice(cut) : gap;
}

const CAPITAL = /^(?:(?:al|el|ad|ar|as|an|at|az|ash|bin|ibn|abu)-)?\p{Lu}\p{Ll}/u;
const SURNAME_TAGS: ReadonlySet<string> = new Set(['LastName', 'Person', 'ProperNoun', 'Noun', 'Singular']);

/**
 * A capitalised word the lexicon does not know, right after a first name, is a surname
 * ("Mahdi al-Muhandis", "Lorraine Walsh"): compromise's tagger says as much.
 */
function markSurnames(words: Token[]): void {
  for (let i = 1; i < words.length; i++) {
    const t = words[i]!;
    const prev = words[i - 1]!;
    if (!prev.tags.has('FirstName') || !CAPITAL.test(t.text) || !/^ +$/u.test(prev.post + t.pre) || prev.sentence !== t.sentence) continue;
    if (t.tags.size === 0 || (t.text.includes('-') && !t.tags.has('Person') && !t.tags.has('Place'))) t.tags = SURNAME_TAGS;
  }
}

const PLACE_TAGS = tagWithParents('Place');
const ORG_TAGS = tagWithParents('Organization');

/** "Kansas City", "Lake Tahoe Bank": a capitalised place or organisation word after a place name. */
function markNameEnds(words: Token[]): void {
  for (let i = 1; i < words.length; i++) {
    const t = words[i]!;
    const prev = words[i - 1]!;
    if (!/^\p{Lu}/u.test(t.text) || !prev.tags.has('Place') || !/^ +$/u.test(prev.post + t.pre)) continue;
    if (placeWords.has(t.lower) || t.lower === 'city') t.tags = new Set([...t.tags, ...PLACE_TAGS]);
    else if (orgWords.has(t.lower)) t.tags = new Set([...t.tags, ...ORG_TAGS]);
  }
}

/** Tokenise a text into words (see wordsOf). */
export function tokenize(text: string): Token[] {
  return wordsOf(readDocument(text));
}

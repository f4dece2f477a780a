import type { Token } from '../nlp/index.js';
import { SPORTS_WORDS } from './data/words.js';

/** What rules need to know about a document besides its tokens. */
export interface DocContext {
  text: string;
  tokens: Token[];
  /** Line number of each token. */
  line: Int32Array;
  /** Whether each token starts its line. */
  lineStart: Uint8Array;
  /** Lines written in capitals (headlines): capitalisation says nothing there. */
  capsLine: Set<number>;
  /** Sentences In Title Case (headlines): a capitalised word there is a name only if the body names it too. */
  titleSentence: Set<number>;
  /** Capitalised words used outside headline lines. */
  bodyWords: Set<string>;
  /** Lines that look like results tables ("Essex 372 and 119-5"). */
  tableLine: Set<number>;
  /** The document reads like a sports report. */
  sports: boolean;
  /** Lower-case words the document uses in lower case somewhere (so they are common words). */
  lowerWords: Set<string>;
  /** How often news writes each word in lower case (from the recognizer's resources), when known. */
  caseShare?: ReadonlyMap<string, number>;
}

const SPORTS = new Set(SPORTS_WORDS);
const PARTICLE_NAME = /^(?:al|el|ad|ar|as|an|at|az|ash|bin|ibn|abu|de|di|da|du|van|von|le|la|d|o|mc|mac)['’-]\p{Lu}/u;
const SMALL = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'for', 'and', 'or', 'but', 'by', 'from', 'with', 'as', 'vs', 'is', 'are', 'over', 'after', 'into', 'up']);

/** Work out lines, headline lines, table lines and the lower-case vocabulary of a document. */
export function analyseDocument(text: string, tokens: Token[], caseShare?: ReadonlyMap<string, number>): DocContext {
  const line = new Int32Array(tokens.length);
  const lineStart = new Uint8Array(tokens.length);
  const lowerWords = new Set<string>();
  let ln = 0;
  let pos = 0;
  let lastLine = -1;
  tokens.forEach((t, i) => {
    for (let nl = text.indexOf('\n', pos); nl !== -1 && nl < t.start; nl = text.indexOf('\n', nl + 1)) {
      ln++;
      pos = nl + 1;
    }
    line[i] = ln;
    if (ln !== lastLine) lineStart[i] = 1;
    lastLine = ln;
    // "al-Assad", "bin Laden" start in lower case and are names all the same.
    if (/^\p{Ll}/u.test(t.text) && !PARTICLE_NAME.test(t.text)) lowerWords.add(t.lower);
  });
  const stats = new Map<number, { upper: number; lower: number; num: number; words: number }>();
  let sportsHits = 0;
  tokens.forEach((t, i) => {
    const s = stats.get(line[i]!) ?? { upper: 0, lower: 0, num: 0, words: 0 };
    stats.set(line[i]!, s);
    if (/^[\d.,:/-]+$/u.test(t.text)) s.num++;
    else if (/\p{L}/u.test(t.text)) {
      s.words++;
      if (t.text.length > 1 && t.text === t.text.toUpperCase()) s.upper++;
      else if (/^\p{Ll}/u.test(t.text)) s.lower++;
    }
    if (SPORTS.has(t.lower)) sportsHits++;
  });
  const capsLine = new Set<number>();
  const tableLine = new Set<number>();
  for (const [n, s] of stats) {
    if (s.words >= 2 && s.upper >= 0.6 * s.words) capsLine.add(n);
    // Title Case Headlines: capitalised words everywhere, few small words, no full stop.
    if (s.num >= 1 && s.lower <= Math.max(1, 0.25 * s.words)) tableLine.add(n);
  }
  const titleSentence = titleCaseSentences(tokens, (i) => capsLine.has(line[i]!) || tableLine.has(line[i]!), line, lineStart);
  const bodyWords = new Set<string>();
  tokens.forEach((t, i) => {
    if (!titleSentence.has(t.sentence) && !capsLine.has(line[i]!) && /^\p{Lu}/u.test(t.text)) bodyWords.add(t.text);
  });
  const sports = tableLine.size >= 2 || sportsHits >= 3;
  return { text, tokens, line, lineStart, capsLine, titleSentence, tableLine, sports, lowerWords, bodyWords, ...(caseShare && { caseShare }) };
}

/** Word classes of compromise's lexicon that mark a common word; and those that mark a name. */
const COMMON_TAGS = ['Adjective', 'Verb', 'Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Plural', 'Singular', 'Uncountable', 'Expression', 'Gerund', 'Date', 'Duration', 'Value'];
const NAME_TAGS = ['Person', 'Place', 'Organization', 'SportsTeam'];

/**
 * Whether word i is a common word that its capital does not make a name ("Legacy" in a heading,
 * "Amidst" opening a sentence): news writes it mostly in lower case (the recognizer's case
 * shares), or, without them, compromise's lexicon knows it as a common word. Right after a first
 * name (or an initial, in a table of results) a word is a surname whatever else it is
 * ("Samantha Power", "A. Dale 69").
 */
export function commonWord(ctx: DocContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  const prev = ctx.tokens[i - 1];
  if (prev && prev.sentence === t.sentence && /^\p{Lu}/u.test(prev.text)) {
    // After a first name or an initial ("A. Dale") a word is a surname.
    if (prev.tags.has('FirstName') && /^ +$/u.test(prev.post + t.pre)) return false;
    if (/^\p{Lu}$/u.test(prev.text) && /^\. +$/u.test(prev.post + t.pre) && ctx.tableLine.has(ctx.line[i]!)) return false;
  }
  if (ctx.caseShare) return (ctx.caseShare.get(t.lower) ?? 0) >= 0.5;
  return COMMON_TAGS.some((x) => t.tags.has(x)) && !NAME_TAGS.some((x) => t.tags.has(x));
}

/**
 * Headlines in Title Case: sentences of four words or more that fill their line, in which every
 * word but the small ones is capitalised, with no digit, comma or bracket, and no full stop
 * unless on the first line.
 */
function titleCaseSentences(tokens: Token[], skip: (i: number) => boolean, line: Int32Array, lineStart: Uint8Array): Set<number> {
  const words = new Map<number, number>();
  const spoiled = new Set<number>();
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    const ends = !next || next.sentence !== t.sentence;
    if (ends && next && line[i + 1] === line[i]) spoiled.add(t.sentence);
    if (ends && line[i]! > 0 && /[.!?:;]/u.test(t.post)) spoiled.add(t.sentence);
    if (/[,();\d]/u.test(t.pre + t.text + t.post) || (i > 0 && tokens[i - 1]!.sentence !== t.sentence && !lineStart[i])) spoiled.add(t.sentence);
    if (!/\p{L}/u.test(t.text)) return;
    if (skip(i) || /^\p{Ll}/u.test(t.text) && !SMALL.has(t.lower)) spoiled.add(t.sentence);
    words.set(t.sentence, (words.get(t.sentence) ?? 0) + 1);
  });
  const out = new Set<number>();
  for (const [s, n] of words) if (n >= 4 && !spoiled.has(s)) out.add(s);
  return out;
}

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
  /** Lines In Title Case: a capitalised word there is a name only if it is not a common word. */
  titleLine: Set<number>;
  /** Capitalised words used outside headline lines. */
  bodyWords: Set<string>;
  /** Lines that look like results tables ("Essex 372 and 119-5"). */
  tableLine: Set<number>;
  /** The document reads like a sports report. */
  sports: boolean;
  /** Lower-case words the document uses in lower case somewhere (so they are common words). */
  lowerWords: Set<string>;
}

const SPORTS = new Set(SPORTS_WORDS);
const SMALL = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'for', 'and', 'or', 'but', 'by', 'from', 'with', 'as', 'vs']);

/** Work out lines, headline lines, table lines and the lower-case vocabulary of a document. */
export function analyseDocument(text: string, tokens: Token[]): DocContext {
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
    if (/^\p{Ll}/u.test(t.text)) lowerWords.add(t.lower);
  });
  const stats = new Map<number, { upper: number; lower: number; num: number; words: number; title: number; stop: boolean }>();
  let sportsHits = 0;
  tokens.forEach((t, i) => {
    const s = stats.get(line[i]!) ?? { upper: 0, lower: 0, num: 0, words: 0, title: 0, stop: false };
    stats.set(line[i]!, s);
    if (/^[\d.,:/-]+$/u.test(t.text)) s.num++;
    else if (/\p{L}/u.test(t.text)) {
      s.words++;
      if (t.text.length > 1 && t.text === t.text.toUpperCase()) s.upper++;
      else if (/^\p{Ll}/u.test(t.text)) s.lower++;
      if (/^\p{Lu}/u.test(t.text) || SMALL.has(t.lower)) s.title++;
      if (/[.!?]/u.test(t.post)) s.stop = true;
    }
    if (SPORTS.has(t.lower)) sportsHits++;
  });
  const capsLine = new Set<number>();
  const tableLine = new Set<number>();
  const titleLine = new Set<number>();
  for (const [n, s] of stats) {
    if (s.words >= 2 && s.upper >= 0.6 * s.words) capsLine.add(n);
    // Title Case Headlines: capitalised words everywhere, few small words, no full stop.
    else if (s.words >= 5 && s.num === 0 && s.title >= 0.75 * s.words && !s.stop) titleLine.add(n);
    if (s.num >= 1 && s.lower <= Math.max(1, 0.25 * s.words) && s.words <= 12) tableLine.add(n);
  }
  const bodyWords = new Set<string>();
  tokens.forEach((t, i) => {
    if (!titleLine.has(line[i]!) && !capsLine.has(line[i]!) && /^\p{Lu}/u.test(t.text)) bodyWords.add(t.text);
  });
  const sports = tableLine.size >= 2 || sportsHits >= 3;
  return { text, tokens, line, lineStart, capsLine, titleLine, tableLine, sports, lowerWords, bodyWords };
}

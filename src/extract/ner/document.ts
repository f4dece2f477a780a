import { tokenizeText, type Span } from './tokenize.js';

/**
 * A text as the recognizer sees it: CoNLL-like tokens, their normalised forms, sentences and
 * lines. Built once per document; features read it, never the raw text.
 */
export interface NerDoc {
  text: string;
  spans: Span[];
  /** Each token's text with curly quotes and apostrophes made straight ("’s" → "'s", "“" → '"'). */
  words: string[];
  lower: string[];
  /** Sentence index of each token. */
  sentence: Int32Array;
  /** First token of each sentence, and one past the last token at the end. */
  sentenceStarts: number[];
  /** Line index of each token (a line ends at "\n"). */
  line: Int32Array;
}

const STRAIGHT: Record<string, string> = { '“': '"', '”': '"', '„': '"', '«': '"', '»': '"', '‘': "'", '’': "'", '‐': '-', '–': '-', '—': '--' };
const CURLY = /[“”„«»‘’‐–—]/gu;
const HAS_CURLY = /[“”„«»‘’‐–—]/u;
const ENDS_SENTENCE = /^(?:[.!?]+|\.\.\.|…)$/u;
const CLOSES = /^["')\]]+$/u;
const OPENS_SENTENCE = /^["'(\[]?[\p{Lu}\p{N}]|^["'(\[]$/u;

/** The normalised form of a token's text (straight quotes, plain dashes). */
export const normalise = (word: string): string => (HAS_CURLY.test(word) ? word.replace(CURLY, (c) => STRAIGHT[c] ?? c) : word);

/** Tokenise `text` and find its sentences and lines. */
export function readDocument(text: string): NerDoc {
  const spans = tokenizeText(text);
  const n = spans.length;
  const words = spans.map((s) => normalise(text.slice(s.start, s.end)));
  const lower = words.map((w) => w.toLowerCase());
  const line = new Int32Array(n);
  const sentence = new Int32Array(n);
  const sentenceStarts: number[] = [];
  let ln = 0;
  let pos = 0;
  let sent = -1;
  let prevLine = -1;
  for (let i = 0; i < n; i++) {
    const start = spans[i]!.start;
    for (let nl = text.indexOf('\n', pos); nl !== -1 && nl < start; nl = text.indexOf('\n', nl + 1)) {
      ln++;
      pos = nl + 1;
    }
    line[i] = ln;
    if (i === 0 || ln !== prevLine || sentenceEndsBefore(words, i)) {
      sent++;
      sentenceStarts.push(i);
    }
    sentence[i] = sent;
    prevLine = ln;
  }
  sentenceStarts.push(n);
  return { text, spans, words, lower, sentence, sentenceStarts, line };
}

/**
 * Whether a sentence ends before token i: after a full stop, question or exclamation mark (and
 * any closing quotes or brackets) when token i opens like a sentence. Full stops of
 * abbreviations are inside their token ("U.S.", "Mr."), so they never end one here.
 */
function sentenceEndsBefore(words: string[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && CLOSES.test(words[k]!)) k--;
  if (k < 0 || !ENDS_SENTENCE.test(words[k]!)) return false;
  return OPENS_SENTENCE.test(words[i]!);
}

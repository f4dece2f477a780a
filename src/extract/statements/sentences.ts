import type { Span } from '../../snapshot/schema.js';

/** A sentence or a headline line, with its offsets and its paragraph's index. */
export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
}

// Words after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof gov sen rep gen lt col maj capt sgt cmdr adm st jr sr no nos vs etc inc corp co ltd ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec u.s u.n u.k e.g i.e a.m p.m ft fig approx dept est rev hon pres')
    .split(' '),
);

/**
 * Split a document into sentences: at a full stop, question or exclamation mark followed by a
 * space and an upper-case letter, digit or opening quote (not after an abbreviation or an initial),
 * and at every line break. Cheap and exact: offsets point into `text`.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  const pushRange = (s: number, e: number) => {
    while (s < e && /\s/u.test(text[s]!)) s++;
    while (e > s && /\s/u.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, paragraph });
  };
  const lines = text.split('\n');
  for (const line of lines) {
    const lineEnd = lineStart + line.length;
    if (line.trim() !== '') {
      let s = lineStart;
      const re = /[.!?]+[”"’')\]]*(?=\s+(?:''|[“"‘'(\[])?[\p{Lu}\p{N}])/gu;
      for (const m of line.matchAll(re)) {
        const at = lineStart + m.index;
        if (text[at] === '.') {
          const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(s, at - 12), at))?.[1] ?? '';
          if (ABBREVIATIONS.has(before.toLowerCase()) || /^\p{Lu}$/u.test(before)) continue;
        }
        const e = lineStart + m.index + m[0].length;
        pushRange(s, e);
        s = e;
      }
      pushRange(s, lineEnd);
      // every line is a paragraph: a headline, or text with or without blank lines between
      paragraph++;
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

/** The span of `text` between `start` and `end`. */
export function span(text: string, start: number, end: number): Span {
  return { text: text.slice(start, end), start, end };
}

/** The sentence that holds `offset` (binary search over sentences in text order), if any. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

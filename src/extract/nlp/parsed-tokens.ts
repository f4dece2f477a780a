import { parse } from './setup.js';

/**
 * One word of a document with its exact place: `text === source.slice(start, end)`.
 * Hyphenated words ("al-Muhandis", "secretary-general") are one token; a possessive "'s" is
 * cut off the token and recorded in `possessive`.
 */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Lower-case form, apostrophes normalised. */
  lower: string;
  /** compromise's tags (union over the parts of a hyphenated word). */
  tags: ReadonlySet<string>;
  /** Punctuation and spaces before and after, as compromise split them. */
  pre: string;
  post: string;
  /** Index of the sentence (as compromise split them). */
  sentence: number;
  possessive: boolean;
}

interface Term {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  offset?: { start: number; length: number };
}

const POSSESSIVE = /['’]s$/u;
const ABBREVIATIONS = /^(?:Inc|Corp|Co|Ltd|Bros|Jr|Sr|Cos|Plc|Bhd|Pty|Assn|Dept|Ave|Mt)$/u;

/** Second halves kept as their own token, so that the name before them stands alone ("Bergamo-based"). */
const COMPOUND_TAILS = new Set(['based', 'backed', 'led', 'born', 'brokered', 'owned', 'run', 'funded', 'sponsored', 'controlled', 'held', 'allied', 'aligned', 'linked', 'made', 'bound', 'style', 'era']);

/**
 * Parse `text` once with the configured compromise and return its tokens with UTF-16 offsets.
 * This is the one place where compromise's `{start, length}` offsets become `[start, end)`;
 * each is checked against the text, and a term that does not match is searched for nearby.
 */
export function tokenize(text: string): Token[] {
  const doc = parse(text);
  doc.compute('offset');
  const sentences = doc.document as Term[][];
  const tokens: Token[] = [];
  let cursor = 0;
  sentences.forEach((terms, sentence) => {
    let joinNext = false;
    for (const term of terms) {
      if (!term.text) continue;
      const start = locate(text, term, cursor);
      if (start < 0) continue;
      const end = start + term.text.length;
      cursor = end;
      const prev = tokens[tokens.length - 1];
      if (joinNext && prev && prev.end + 1 >= start && !prev.possessive && !COMPOUND_TAILS.has(term.text.toLowerCase())) {
        prev.end = end;
        prev.text = text.slice(prev.start, end);
        prev.post = term.post;
        const tags = prev.tags as Set<string>;
        for (const t of term.tags) tags.add(t);
      } else if (/^s$/iu.test(term.text) && /['’]$/u.test(term.pre) && prev && prev.post.trim() === '') {
        // tokenised text: "Britain 's"
        prev.possessive = true;
        joinNext = false;
        continue;
      } else {
        tokens.push({ text: term.text, start, end, lower: '', tags: new Set(term.tags), pre: term.pre, post: term.post, sentence, possessive: false });
      }
      joinNext = term.post === '-' || term.post === '‐';
    }
  });
  for (const t of tokens) {
    const glued = /^(\p{Lu}[\p{L}-]+)['’]\p{Ll}{3,}$/u.exec(t.text);
    if (glued) {
      // "Soleimani'role": a missing space after a possessive mark.
      t.possessive = true;
      t.end = t.start + glued[1]!.length;
      t.text = glued[1]!;
    } else if (POSSESSIVE.test(t.text) && t.text.length > 2) {
      t.possessive = true;
      t.end -= 2;
      t.text = t.text.slice(0, -2);
    } else if (/[^sS]['’]$/u.test(t.text) === false && /s['’]$/u.test(t.text)) {
      t.possessive = true;
      t.end -= 1;
      t.text = t.text.slice(0, -1);
    }
    // "Corp.", "Inc.", "Jr.": the full stop belongs to the abbreviation.
    if (ABBREVIATIONS.test(t.text) && t.post.startsWith('.')) {
      t.end += 1;
      t.text += '.';
      t.post = t.post.slice(1);
    }
    t.lower = t.text.toLowerCase().replace(/’/g, "'");
  }
  return tokens;
}

/** Where `term` starts in `text`: compromise's offset when it is right, else the next match. */
function locate(text: string, term: Term, from: number): number {
  const s = term.offset?.start;
  if (s !== undefined && text.startsWith(term.text, s)) return s;
  return text.indexOf(term.text, from);
}

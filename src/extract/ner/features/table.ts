import { hashString } from '../hash.js';
import type { NerDoc } from '../document.js';

/**
 * What the features of one document read, computed once per token: hashes of the word, its
 * lower case and shape, and the capitalisation context. Features are then cheap integer work.
 */
export interface TokenTable {
  doc: NerDoc;
  size: number;
  word: Int32Array;
  lower: Int32Array;
  shape: Int32Array;
  /** The shape with every run of one kind of character written once ("Xx", "X.X."). */
  shortShape: Int32Array;
  /** Context bits of each token (see CONTEXT). */
  context: Uint8Array;
  /** What the model brings besides weights (word clusters …). */
  resources: Resources;
  /** Per token: hashes of what the rules said of it (see ../hints.ts), when they ran. */
  hints?: readonly (readonly number[])[];
  /** The first pass's labels, once it has run (the second pass's features read them). */
  firstPass?: Uint8Array;
}

/** Tables learned from unlabelled text that ship with a model. */
export interface Resources {
  /** Word (digits as 0) → its class in each clustering, coarse to fine. */
  clusters?: ReadonlyMap<string, readonly number[]>;
  /** Lower-case word → how often news writes it in lower case (0…1), where capitals mean something. */
  caseShare?: ReadonlyMap<string, number>;
}

/** Bits of TokenTable.context. */
export const CONTEXT = {
  sentenceStart: 1,
  /** The line is written in capitals (a headline or a results heading). */
  capsLine: 2,
  /** The line is in Title Case (every long word capitalised). */
  titleLine: 4,
  lineStart: 8,
  /** The token has letters and starts with a capital. */
  capitalised: 16,
  /** The token follows an opening quotation mark or bracket. */
  afterOpener: 32,
} as const;

/** The shape of a word: X for a capital, x for a small letter, d for a digit, runs cut at two. */
export function shapeOf(word: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of word) {
    const code = ch.charCodeAt(0);
    const c =
      code >= 65 && code <= 90 ? 'X'
      : code >= 97 && code <= 122 ? 'x'
      : code >= 48 && code <= 57 ? 'd'
      : code < 128 ? ch
      : /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 2) out += c;
  }
  return out;
}

/** The shape with runs written once. */
export const shortShapeOf = (shape: string): string => shape.replace(/(.)\1+/gu, '$1');

const SMALL = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'for', 'and', 'or', 'by', 'from', 'with', 'as', 'vs', 'v', 'is', 'are', 'de']);

/** Build the token table of a document. */
export function buildTable(doc: NerDoc, resources: Resources = {}): TokenTable {
  const n = doc.words.length;
  const word = new Int32Array(n);
  const lower = new Int32Array(n);
  const shape = new Int32Array(n);
  const shortShape = new Int32Array(n);
  const context = new Uint8Array(n);
  const shapeCache = new Map<string, [number, number]>();
  for (let i = 0; i < n; i++) {
    const w = doc.words[i]!;
    word[i] = hashString(w);
    lower[i] = hashString(doc.lower[i]!);
    let sh = shapeCache.get(w.length > 12 ? '' : w);
    if (!sh || w.length > 12) {
      const s = shapeOf(w);
      sh = [hashString(s), hashString(shortShapeOf(s))];
      if (w.length <= 12) shapeCache.set(w, sh);
    }
    shape[i] = sh[0];
    shortShape[i] = sh[1];
    let bits = 0;
    if (i === 0 || doc.sentence[i - 1] !== doc.sentence[i]) bits |= CONTEXT.sentenceStart;
    if (i === 0 || doc.line[i - 1] !== doc.line[i]) bits |= CONTEXT.lineStart;
    if (/^\p{Lu}/u.test(w)) bits |= CONTEXT.capitalised;
    if (i > 0 && /^(?:"|'|\(|\[|``)$/u.test(doc.words[i - 1]!)) bits |= CONTEXT.afterOpener;
    context[i] = bits;
  }
  markLines(doc, context);
  return { doc, size: n, word, lower, shape, shortShape, context, resources };
}

/** Mark tokens of lines in capitals and lines in Title Case. */
function markLines(doc: NerDoc, context: Uint8Array): void {
  const n = doc.words.length;
  let a = 0;
  while (a < n) {
    let b = a;
    while (b + 1 < n && doc.line[b + 1] === doc.line[a]) b++;
    let letters = 0;
    let upper = 0;
    let titled = 0;
    let long = 0;
    for (let i = a; i <= b; i++) {
      const w = doc.words[i]!;
      if (!/\p{L}/u.test(w)) continue;
      letters++;
      if (w === w.toUpperCase() && w.length > 1) upper++;
      if (!SMALL.has(doc.lower[i]!)) {
        long++;
        if (/^\p{Lu}/u.test(w)) titled++;
      }
    }
    const bits = (letters >= 2 && upper >= 0.6 * letters ? CONTEXT.capsLine : 0) | (long >= 3 && titled === long && upper < 0.6 * letters ? CONTEXT.titleLine : 0);
    if (bits) for (let i = a; i <= b; i++) context[i] = context[i]! | bits;
    a = b + 1;
  }
}

import type { Token } from '../nlp/index.js';
import { commonWord, type DocContext } from './context.js';
import { lookupName } from './gazetteer.js';
import { connectors, facilityLast, honorifics, isTitleWord, orgLast, titleHeads } from './lexicon.js';

/** A run of capitalised tokens that may name something: tokens[first..last], inclusive. */
export interface Chunk {
  first: number;
  last: number;
}

const ENTITY_TAGS = ['Person', 'FirstName', 'LastName', 'Place', 'Country', 'City', 'Region', 'Organization', 'SportsTeam'];
const FUNCTION_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Copula', 'Modal', 'QuestionWord', 'Auxiliary'];
const NEVER_TAGS = ['Month', 'WeekDay', 'Date', 'Value', 'Holiday', 'Duration'];
const CAPITALISED = /^(?:(?:al|el|ad|ar|as|an|at|az|ash|bin|ibn|abu|de|di|da|du|van|von|le|la|d|o|mc|mac)['’-]?)?\p{Lu}/u;
const ABBREVIATION = /^(?:\p{Lu}|mr|mrs|ms|dr|gen|col|lt|capt|sgt|adm|maj|rep|sen|gov|st|rev|prof|jr|sr|mt|ft|no|messrs|mme)$/iu;

const PARTICLES = new Set(['de', 'del', 'della', 'di', 'da', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'dos', 'das', 'ter', 'ten']);

const hasAny = (t: Token, tags: string[]) => tags.some((x) => t.tags.has(x));

/** Whether token i can be part of a name. */
export function isNameWord(ctx: DocContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (!CAPITALISED.test(t.text) || /^\p{Lu}$/u.test(t.text) && ctx.capsLine.has(ctx.line[i]!)) return false;
  if (lookupName(t.text)) return true;
  // An initial: "A. Dale", "D. Blenkiron" (compromise reads a lone "A." as the article).
  const next = ctx.tokens[i + 1];
  if (/^\p{Lu}$/u.test(t.text) && /^\.\s*$/u.test(t.post) && next && /^\p{Lu}\p{Ll}/u.test(next.text) && !ctx.capsLine.has(ctx.line[i]!)) return true;
  if (hasAny(t, NEVER_TAGS) && !hasAny(t, ENTITY_TAGS)) return false;
  if (ctx.capsLine.has(ctx.line[i]!)) return hasAny(t, ENTITY_TAGS) || isTitleWord(t.lower);
  if (honorifics.has(t.lower) && !sentenceInitial(ctx, i)) return true;
  // "De Blasio", "Van Gaal", "Al Qaeda" at the start of a sentence.
  if (PARTICLES.has(t.lower) && next && /^\p{Lu}/u.test(next.text) && /^\s*$/u.test(t.post)) return true;
  if (ctx.titleSentence.has(t.sentence) && !hasAny(t, ENTITY_TAGS) && !isTitleWord(t.lower)) {
    if (hasAny(t, [...FUNCTION_TAGS, 'Verb', 'Adjective', 'Plural', 'Adverb']) || ctx.lowerWords.has(t.lower) || commonWord(ctx, i) || !ctx.bodyWords.has(t.text)) return false;
  }
  if (hasAny(t, FUNCTION_TAGS) && !hasAny(t, ENTITY_TAGS)) return false;
  if (sentenceInitial(ctx, i) && !hasAny(t, ENTITY_TAGS) && !isTitleWord(t.lower)) {
    // "Trailing by 213", "Speaking to Nakhala": a word the lexicon knows as a verb or adverb opens the sentence.
    if (hasAny(t, ['Verb', 'Adverb', 'Gerund', 'Adjective', 'Plural']) || ctx.lowerWords.has(t.lower)) return false;
  }
  return true;
}

/** Whether token i opens a sentence, a line, a quotation or a clause after a colon. */
export function sentenceInitial(ctx: DocContext, i: number): boolean {
  if (i === 0 || ctx.lineStart[i]) return true;
  const prev = ctx.tokens[i - 1]!;
  const t = ctx.tokens[i]!;
  return prev.sentence !== t.sentence || /[:“"‘(]|^'/u.test(prev.post + t.pre) || /[.!?]\s*$/u.test(prev.post);
}

/** Whether a name may not run on from token i to token i + 1. */
function breakAfter(ctx: DocContext, i: number): boolean {
  const a = ctx.tokens[i]!;
  const b = ctx.tokens[i + 1];
  if (!b || b.sentence !== a.sentence && !ABBREVIATION.test(a.text)) return true;
  // "St Anne's Hospital", "the Nurses' Union": a possessive inside the name of a place or body.
  if (a.possessive) return !(/^\p{Lu}/u.test(b.text) && (facilityLast.has(b.lower) || orgLast.has(b.lower)) && /^\s*$/u.test(a.post + b.pre));
  if (ctx.line[i] !== ctx.line[i + 1]) return true;
  const gap = a.post + b.pre;
  if (/^\s*$/u.test(gap)) return false;
  // "Mr. Smith", "J. Smith": the full stop belongs to the abbreviation.
  return !(/^\.\s*$/u.test(gap) && (ABBREVIATION.test(a.text) || honorifics.has(a.lower) || titleHeads.has(a.lower)));
}

/** The capitalised runs of a document, connectors inside ("Bank of England") kept. */
export function findChunks(ctx: DocContext): Chunk[] {
  const chunks: Chunk[] = [];
  const n = ctx.tokens.length;
  const nameWord = new Uint8Array(n);
  for (let i = 0; i < n; i++) nameWord[i] = isNameWord(ctx, i) ? 1 : 0;
  markGazetteerRuns(ctx, nameWord);
  let i = 0;
  while (i < n) {
    if (!nameWord[i]) {
      i++;
      continue;
    }
    let last = i;
    for (;;) {
      // Richard "Tex" Coe: a nickname in quotation marks between two names.
      if (nicknameAfter(ctx, last) && nameWord[last + 2]) {
        last += 2;
        continue;
      }
      if (breakAfter(ctx, last)) break;
      if (nameWord[last + 1]) {
        last++;
        continue;
      }
      // Up to two connectors ("of the", "bin") followed by another name word.
      let k = last + 1;
      while (k < n && k <= last + 2 && connectors.has(ctx.tokens[k]!.lower) && !breakAfter(ctx, k)) k++;
      if (k > last + 1 && k < n && nameWord[k] && !breakAfter(ctx, k - 1) && validConnectors(ctx, last + 1, k)) last = k;
      else break;
    }
    chunks.push({ first: i, last });
    i = last + 1;
  }
  return chunks;
}

const OPEN_QUOTE = /^\s+["“‘']$/u;
const CLOSE_QUOTE = /^["”’']\s+$/u;

/** Whether a capitalised word in quotation marks follows token i and a name word follows it (`Richard "Tex" Coe`). */
export function nicknameAfter(ctx: DocContext, i: number): boolean {
  const [a, nick, b] = [ctx.tokens[i], ctx.tokens[i + 1], ctx.tokens[i + 2]];
  if (!a || !nick || !b || a.sentence !== b.sentence || ctx.line[i] !== ctx.line[i + 2]) return false;
  return OPEN_QUOTE.test(a.post + nick.pre) && CLOSE_QUOTE.test(nick.post + b.pre) && /^\p{Lu}\p{Ll}/u.test(nick.text) && /^\p{Lu}\p{Ll}/u.test(a.text) && /^\p{Lu}/u.test(b.text);
}

/** "the" only after "of" ("Bank of the West"); lower-case connectors only. */
function validConnectors(ctx: DocContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k]!;
    if (/^\p{Lu}/u.test(t.text) && !ctx.capsLine.has(ctx.line[k]!)) return false;
    if (t.lower === 'the' && (k === from || ctx.tokens[k - 1]!.lower !== 'of')) return false;
  }
  return true;
}

/** Words of a multi-word gazetteer name are name words even where a rule said no ("SRI LANKA"). */
function markGazetteerRuns(ctx: DocContext, nameWord: Uint8Array): void {
  const tk = ctx.tokens;
  for (let i = 0; i < tk.length; i++) {
    if (!CAPITALISED.test(tk[i]!.text) || tk[i]!.lower === 'the') continue;
    for (let j = i + 1; j < tk.length && j <= i + 3; j++) {
      if (breakAfter(ctx, j - 1)) break;
      if (!lookupName(ctx.text.slice(tk[i]!.start, tk[j]!.end))) continue;
      for (let k = i; k <= j; k++) nameWord[k] = 1;
    }
  }
}

import type { EntityType } from '../../snapshot/schema.js';
import type { NerDoc } from '../ner/document.js';
import { hashString } from '../ner/hash.js';
import { TYPES } from '../ner/labels.js';
import type { NerModel } from '../ner/model.js';
import { recognize } from '../ner/recognize.js';
import type { Candidate, TokenRange } from './candidates.js';
import { surfaceOf } from './classify.js';
import { combine } from './combine.js';
import type { DocContext } from './context.js';
import { lookupName } from './gazetteer.js';

/**
 * The seam between the rules and the trained recognizer. The rules run first; what they said of
 * each token becomes a feature of the model ("rules as features"); the model then decides where
 * the names are and what they are, and the rules' findings that the model has no view on — a
 * title before a name, a nationality, the organisation a role is held in, a gazetteer's
 * canonical name — are carried over to the model's names.
 */

const OUR_TYPES: Record<string, EntityType | undefined> = { PER: 'Person', ORG: 'Organization', LOC: 'Place' };

/** The recognizer token that holds text offset `at` (binary search; tokens are in order). */
function tokenAt(doc: NerDoc, at: number): number {
  let lo = 0;
  let hi = doc.spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.spans[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The recognizer tokens [first, last] that words [range.first..range.last] cover. */
function tokensOf(ctx: DocContext, doc: NerDoc, range: TokenRange): [number, number] {
  return [tokenAt(doc, ctx.tokens[range.first]!.start), tokenAt(doc, ctx.tokens[range.last]!.end - 1)];
}

const hintCache = new Map<string, number>();
const hint = (s: string): number => {
  let h = hintCache.get(s);
  if (h === undefined) hintCache.set(s, (h = hashString(s)));
  return h;
};

/** What the rules' candidates say of each recognizer token: type and place in the name, titles, nationalities. */
export function ruleHints(ctx: DocContext, doc: NerDoc, candidates: readonly Candidate[]): number[][] {
  const hints: number[][] = doc.spans.map(() => []);
  const mark = (range: TokenRange, what: string) => {
    const [a, b] = tokensOf(ctx, doc, range);
    for (let k = a; k <= b; k++) hints[k]!.push(hint(`${what}:${a === b ? 'U' : k === a ? 'B' : k === b ? 'L' : 'I'}`));
  };
  for (const c of candidates) {
    mark(c, `${c.type}:${c.strong ? 'strong' : 'weak'}`);
    if (c.title) mark(c.title, 'title');
    if (c.nationalityRange && c.nationalityRange.last < c.first) mark(c.nationalityRange, 'nationality');
  }
  return hints;
}

/** The words [first..last] of the recognizer tokens [a, b]; undefined when they hold no word. */
function wordsOf(ctx: DocContext, doc: NerDoc, a: number, b: number): TokenRange | undefined {
  const start = doc.spans[a]!.start;
  const end = doc.spans[b]!.end;
  const tk = ctx.tokens;
  let lo = 0;
  let hi = tk.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tk[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  let last = lo - 1;
  while (last + 1 < tk.length && tk[last + 1]!.end <= end) last++;
  return lo <= last ? { first: lo, last } : undefined;
}

/** White space no name has between two of its words: a table's columns, a blanked stretch of symbols. */
const WIDE_GAP = /^\s{3,}$/u;

/** `range` cut where its words stand apart by a wide gap ("Haniyeh      Ꙅ" is two names, not one). */
function acrossGaps(ctx: DocContext, range: TokenRange): TokenRange[] {
  const pieces: TokenRange[] = [];
  let first = range.first;
  for (let k = range.first; k < range.last; k++) {
    if (WIDE_GAP.test(ctx.text.slice(ctx.tokens[k]!.end, ctx.tokens[k + 1]!.start))) {
      pieces.push({ first, last: k });
      first = k + 1;
    }
  }
  pieces.push({ first, last: range.last });
  return pieces;
}

/**
 * The model's names as candidates, combined with the rules' (./combine.ts). Only people,
 * organisations and places become candidates: MISC (nationalities, events) is learned so that
 * the model knows what is none of those.
 */
export function modelCandidates(ctx: DocContext, doc: NerDoc, model: NerModel, ruled: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  for (const s of recognize(model, doc, ruleHints(ctx, doc, ruled))) {
    const type = OUR_TYPES[TYPES[s.type]!] ?? null;
    const range = wordsOf(ctx, doc, s.first, s.last);
    if (!range) continue;
    for (const piece of acrossGaps(ctx, range)) {
      // MISC ("Iranian", "Mediterranean diet"): type null, for combine.ts to judge against the rules.
      const c: Candidate = { ...piece, type, strong: true };
      if (type === 'Organization' || type === 'Place') {
        const gaz = lookupName(surfaceOf(ctx, c));
        if (gaz?.type === type) c.canonical = gaz.canonical;
      }
      found.push(c);
    }
  }
  return combine(ctx, found, ruled);
}

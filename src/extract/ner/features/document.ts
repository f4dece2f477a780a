import { wordKey } from '../../names.js';
import { mix } from '../hash.js';
import { decodeSpans, LABEL_COUNT, OUTSIDE, typeOfLabel } from '../labels.js';
import { template, type FeatureSink } from './sink.js';
import { CONTEXT, type TokenTable } from './table.js';

/**
 * Document-level evidence for the second pass, read from the first pass's labels (Krishnan &
 * Manning 2006; Ratinov & Roth 2009): a name is usually the same kind of thing all through an
 * article, and a surname alone ("Blackburn") was often first written in full ("Peter Blackburn").
 */

const FIRST_PASS = template('pass1@0');
const FIRST_PASS_AROUND = [template('pass1@-1'), template('pass1@+1')];
const MAJORITY = template('docMajority');
const SHARE = template('docShare');
const EARLIER_NAME = template('inEarlierName');
const LATER_NAME = template('inLaterName');
const TYPES = 4;

/** What the first pass says about each word form of a document. */
interface DocumentEvidence {
  /** Per token: counts of the types the first pass gave the same word elsewhere (TYPES + 1: O). */
  votes: Int32Array;
  /** Per token: type+1 of the first multi-word name before it holding the same word (0 if none). */
  earlier: Uint8Array;
  later: Uint8Array;
}

const cache = new WeakMap<TokenTable, DocumentEvidence>();

function evidenceOf(t: TokenTable): DocumentEvidence {
  let e = cache.get(t);
  if (e) return e;
  const labels = t.firstPass!;
  const n = t.size;
  // Spellings of one name compare equal: "al-Assad" = "Assad" = "Asad".
  const words = t.doc.words.map((w, i) => (t.context[i]! & CONTEXT.capitalised || /^\p{Ll}+['’-]\p{Lu}/u.test(w) ? wordKey(w) : w));
  const byWord = new Map<string, Int32Array>();
  for (let i = 0; i < n; i++) {
    if (!(t.context[i]! & CONTEXT.capitalised)) continue;
    const w = words[i]!;
    const counts = byWord.get(w) ?? new Int32Array(TYPES + 1);
    byWord.set(w, counts);
    const type = typeOfLabel(labels[i]!);
    counts[type < 0 ? TYPES : type]! += 1;
  }
  const votes = new Int32Array(n * (TYPES + 1));
  for (let i = 0; i < n; i++) {
    const counts = byWord.get(words[i]!);
    if (!counts) continue;
    const own = typeOfLabel(labels[i]!);
    for (let k = 0; k <= TYPES; k++) votes[i * (TYPES + 1) + k] = counts[k]! - (k === (own < 0 ? TYPES : own) ? 1 : 0);
  }
  const earlier = new Uint8Array(n);
  const later = new Uint8Array(n);
  const firstSeen = new Map<string, { at: number; type: number }>();
  const lastSeen = new Map<string, { at: number; type: number }>();
  for (const s of decodeSpans(labels)) {
    if (s.last === s.first) continue;
    for (let k = s.first; k <= s.last; k++) {
      if (!firstSeen.has(words[k]!)) firstSeen.set(words[k]!, { at: s.first, type: s.type });
      lastSeen.set(words[k]!, { at: s.last, type: s.type });
    }
  }
  for (let i = 0; i < n; i++) {
    if (!(t.context[i]! & CONTEXT.capitalised)) continue;
    const f = firstSeen.get(words[i]!);
    if (f && f.at < i && !insideSameName(labels, f.at, i)) earlier[i] = f.type + 1;
    const l = lastSeen.get(words[i]!);
    if (l && l.at > i) later[i] = l.type + 1;
  }
  e = { votes, earlier, later };
  cache.set(t, e);
  return e;
}

/** Whether tokens a..i are one name of the first pass (then i is not "seen before"). */
function insideSameName(labels: Uint8Array, a: number, i: number): boolean {
  for (let k = a + 1; k <= i; k++) if (labels[k] === OUTSIDE || ((labels[k]! - 1) & 3) === 0 || ((labels[k]! - 1) & 3) === 3) return false;
  return true;
}

/** The first pass's own labels here and next door. */
export function firstPass(t: TokenTable, i: number, out: FeatureSink): void {
  const labels = t.firstPass!;
  out.add(FIRST_PASS, labels[i]!);
  out.add(FIRST_PASS_AROUND[0]!, i > 0 ? labels[i - 1]! : LABEL_COUNT);
  out.add(FIRST_PASS_AROUND[1]!, i + 1 < t.size ? labels[i + 1]! : LABEL_COUNT);
}

/** How the first pass labelled the same word elsewhere in the document: majority and shares. */
export function documentVotes(t: TokenTable, i: number, out: FeatureSink): void {
  if (!(t.context[i]! & CONTEXT.capitalised)) return;
  const { votes, earlier, later } = evidenceOf(t);
  const base = i * (TYPES + 1);
  let total = 0;
  let best = -1;
  for (let k = 0; k <= TYPES; k++) {
    const v = votes[base + k]!;
    total += v;
    if (v > 0 && (best < 0 || v > votes[base + best]!)) best = k;
  }
  if (total > 0) {
    out.add(MAJORITY, best);
    for (let k = 0; k <= TYPES; k++) {
      const share = votes[base + k]! / total;
      if (share > 0) out.add(SHARE, mix(k, share === 1 ? 3 : share >= 0.5 ? 2 : 1));
    }
  }
  if (earlier[i]) out.add(EARLIER_NAME, earlier[i]!);
  if (later[i]) out.add(LATER_NAME, later[i]!);
}

import { valenceOf } from './lexicon.js';
import { type Anchor, type Evidence, type StanceView, evidenceOf } from './view.js';
import { COPULAS, PREPOSITIONS, isBreak, isDeterminer, isQuoteMark } from './words.js';

/** Words that may stand between a subject and its verb or around a copula without changing who is judged. */
const LINKERS = new Set(['and', 'or', 'its', 'their', 'also', 'still', 'now', 'truly', 'indeed', 'always', 'never', 'not', 'already', 'clearly', 'undoubtedly', 'certainly', 'surely', 'to', 'have', 'has', 'had', 'will', 'would']);

/** How far the predicate of a clause is read for a judgement, in tokens. */
const PREDICATE_REACH = 8;

/** Words that open a clause inside a sentence: "… underscores that X is …", "because X …". */
const CLAUSE_OPENERS = new Set(['that', 'because', 'if', 'when', 'while', 'whether', 'since', 'although', 'though', 'but', 'so', 'unless', 'whereas']);

/** Whether nothing but articles, quote marks and conjunctions come between the clause's start and token `i`. */
function startsClause(view: StanceView, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const t = view.tokens[j]!;
    if (isBreak(t, true) || CLAUSE_OPENERS.has(t.lower)) return true;
    if (!(isDeterminer(t) || isQuoteMark(t) || t.lower === 'and' || view.owner[j])) return false;
  }
  return true;
}

/**
 * The judging words of tokens `from..` within the clause, each as evidence: a predicate is read
 * whole ("a great threat" weighs "great" against "threat"), up to PREDICATE_REACH tokens.
 */
function judgements(view: StanceView, from: number, general: boolean, rule: string): Evidence[] {
  const out: Evidence[] = [];
  for (let j = from; j < Math.min(view.tokens.length, from + PREDICATE_REACH); j++) {
    const t = view.tokens[j]!;
    if (isBreak(t, true) && (t.text !== ',' || j > from)) break;
    const v = view.named[j] || view.owner[j] ? 0 : valenceOf(t.lower, general);
    if (v) out.push(evidenceOf(view, j, j, v, rule));
  }
  return out;
}

/**
 * What a clause says of its subject: "X is a terrorist group", "X to be “the flag-bearer …”",
 * "X and its puppets are too weak", "X has committed crimes"; and, the other way round, what the
 * subject says of a target after a copula ("Victory is yours"). Without a copula only
 * claimgraph's own judgement words count: an event verb after a name ("X attacked Y") is news,
 * not a side.
 */
export function predicateEvidence(view: StanceView, a: Anchor): Evidence[] {
  const { tokens } = view;
  if (startsClause(view, a.first)) {
    let j = a.last + 1;
    while (j < tokens.length && j <= a.last + 5 && !COPULAS.has(tokens[j]!.lower) && (LINKERS.has(tokens[j]!.lower) || view.owner[j] || isDeterminer(tokens[j]))) j++;
    const copula = COPULAS.has(tokens[j]?.lower ?? '');
    if (copula) return judgements(view, j + 1, true, 'predicate');
    // without a copula the words after the verb may be its object's ("X shamed the invaders"):
    // only the first judging word before a preposition counts ("X has committed crimes")
    const until = tokens.findIndex((t, k) => k > a.last && PREPOSITIONS.has(t.lower));
    return judgements(view, a.last + 1, false, 'predicate-verb').filter((e) => until < 0 || e.start < tokens[until]!.start).slice(0, 1);
  }
  // "… is (undoubtedly) yours": the subject before the copula judges the target
  let k = a.first - 1;
  while (k >= 0 && (LINKERS.has(tokens[k]!.lower) || /ly$/u.test(tokens[k]!.lower))) k--;
  const after = tokens[a.last + 1];
  if (k >= 0 && COPULAS.has(tokens[k]!.lower) && tokens[k]!.lower !== 'as' && isBreak(after, true)) {
    let s = k;
    while (s > 0 && !isBreak(tokens[s - 1], true)) s--;
    for (let j = s; j < k; j++) {
      const v = view.named[j] ? 0 : valenceOf(tokens[j]!.lower);
      if (v) return [evidenceOf(view, j, j, v, 'predicate-subject')];
    }
  }
  return [];
}
